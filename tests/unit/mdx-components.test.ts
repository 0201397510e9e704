/**
 * The content check's list of components and props (src/checks/mdx.ts, componentProps) is the
 * components' own: every component passed to MDX (src/components/mdx/index.ts) with the props of
 * its `interface Props`, required where the interface requires them. A component or prop added
 * to the site without the check knowing fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMdxBody, closest, componentProps } from '../../src/checks/mdx.ts';

const mdxDir = join(import.meta.dirname, '../../src/components/mdx');
const index = readFileSync(join(mdxDir, 'index.ts'), 'utf8');
/** Component name → its file, from the imports of index.ts. */
const files = new Map(
  [...index.matchAll(/^import (\w+) from '(\.[^']+\.astro)';$/gm)].map(([, name, path]) => [name!, path!]),
);
const passed = /mdxComponents = \{([^}]*)\}/
  .exec(index)![1]!
  .split(',')
  .map((name) => name.trim().split(':')[0]!);

/** The props of a component's `interface Props`: name → required. */
function propsOf(name: string): Map<string, boolean> {
  const text = readFileSync(join(mdxDir, files.get(name)!), 'utf8');
  const body = /interface Props \{([\s\S]*?)\n\}/.exec(text)![1]!;
  return new Map(
    [...body.matchAll(/^\s{2}(\w+)(\??):/gm)].map(([, prop, optional]) => [prop!, optional !== '?'] as const),
  );
}

describe('the components the check knows', () => {
  it('are the components MDX is given (a lowercase key such as `a` is an HTML element)', () => {
    expect(Object.keys(componentProps).sort()).toEqual(passed.filter((name) => /^[A-Z]/.test(name)).sort());
  });

  it.each(Object.entries(componentProps))('%s has the props of its interface', (name, props) => {
    const declared = propsOf(name);
    expect([...props.required].sort()).toEqual(
      [...declared]
        .filter(([, required]) => required)
        .map(([prop]) => prop)
        .sort(),
    );
    expect([...props.optional].sort()).toEqual(
      [...declared]
        .filter(([, required]) => !required)
        .map(([prop]) => prop)
        .sort(),
    );
  });
});

describe('component mistakes', () => {
  it('suggests the component or prop an editor probably meant', () => {
    expect(closest('Metrc', Object.keys(componentProps))).toBe('Metric');
    expect(closest('yaer', ['id', 'year', 'part'])).toBe('year');
    expect(closest('Banner', Object.keys(componentProps))).toBeUndefined();
  });

  it('reports a missing required prop, and a photo whose file is not there', () => {
    const exists = (path: string) => path === '/photos/2024/clinic.jpg';
    expect(
      checkMdxBody(
        'story.mdx',
        'A <Metric id="x" /> figure.\n\n<Photo src="/photos/2024/clinc.jpg" alt="A nurse at a clinic" credit="© UNICEF" consent="given" />\n',
        10,
        { photoExists: exists },
      ).map((problem) => `${problem.line}: ${problem.message}`),
    ).toEqual([
      '10: <Metric> needs year, like <Metric id="newborn-care-training" year={2024} />',
      '12: <Photo src> shows "/photos/2024/clinc.jpg", but there is no file content/photos/2024/clinc.jpg: check the spelling of the file name (capitals count), or put the photo there',
    ]);
  });
});
