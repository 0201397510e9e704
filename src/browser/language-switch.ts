/**
 * The language switch keeps the reader's place (issue 16, item 9): the search query (`?q=`) and
 * the part of the page they are at (`#…`), which the built link cannot know. The built link works
 * without this script and lands on the same page; with it, the query and the anchor come along.
 * The link is updated just before it is used (pointer down, focus, click), so a query typed since
 * the page loaded is kept too. A link to a missing translation (the other home page) is left alone.
 */

/** `href` with the query and hash of `from`, when `from` has them. Pure, for the tests. */
export function withPlace(href: string, from: { search: string; hash: string }): string {
  const url = new URL(href, 'http://localhost/');
  const q = new URLSearchParams(from.search).get('q');
  if (q) url.searchParams.set('q', q);
  if (from.hash) url.hash = from.hash;
  return /^https?:/.test(href) ? url.href : `${url.pathname}${url.search}${url.hash}`;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>(
  'a[data-language-switch]:not([data-translation-missing])',
)) {
  const built = link.getAttribute('href') ?? '';
  const update = () => link.setAttribute('href', withPlace(built, location));
  for (const event of ['pointerdown', 'focus', 'click']) link.addEventListener(event, update);
}
