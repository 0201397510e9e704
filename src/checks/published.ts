/**
 * Published figures and charts keep their addresses (issue 17, item 5): every id listed in
 * content/published.yaml must still have its file, content/metrics/{id}.yaml for a figure and
 * content/charts/{id}.yaml for a chart, since /en/figures/{id}/ and /en/charts/{id}/ are read,
 * linked and cited. The site has no redirects, so a file that is gone is a broken address. Pure:
 * the list and the ids that have files in, problems out (content-files.ts reads the file and adds
 * the lines).
 */
import type { ContentProblem } from '../model/errors.ts';
import type { Published } from '../schemas/published.ts';

/** The list of published ids, relative to the project root. */
export const publishedFile = 'content/published.yaml';

/** What each kind of published id is, where its file lives and its address. */
export const publishedKinds = {
  figures: { what: 'figure', folder: 'metrics', route: 'figures' },
  charts: { what: 'chart', folder: 'charts', route: 'charts' },
} as const;

/**
 * A problem for every id of `list` whose file is gone: `onDisk` holds, per kind, the ids that have
 * a file under content/ (parsed or not: a file that does not parse is reported on its own). Each
 * message names the id, the missing file and the addresses, and says what to do. Never throws.
 */
export function checkPublished(
  list: Published,
  onDisk: { figures: ReadonlySet<string>; charts: ReadonlySet<string> },
): ContentProblem[] {
  return (Object.keys(publishedKinds) as (keyof typeof publishedKinds)[]).flatMap((kind) => {
    const { what, folder, route } = publishedKinds[kind];
    return list[kind].flatMap((id, index) =>
      onDisk[kind].has(id)
        ? []
        : [
            {
              file: publishedFile,
              field: `${kind}[${index}]`,
              message: `lists the ${what} "${id}" as published (/en/${route}/${id}/, /zh/${route}/${id}/), but content/${folder}/${id}.yaml is gone, so readers' links and citations to it would break. Put the file back under that name (to correct a ${what}, change it in place and log the change in content/corrections.yaml); only if the ${what} must be withdrawn, delete this line in the same commit`,
            },
          ],
    );
  });
}
