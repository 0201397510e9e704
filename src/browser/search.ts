/**
 * The search page's behaviour: reads ?q=, runs it against this language's Pagefind index (the
 * index for the page's <html lang>), and lists title, excerpt and link of each result. Searches
 * again as the visitor types (not while an input method is composing Chinese), and keeps ?q= in
 * the address so a result list can be shared or reloaded.
 *
 * A Chinese query, or a phrase in quotes, lists only pages that hold the whole phrase: Pagefind
 * matches any word of a segmented query (see requiredPhrases in src/browser/search-phrases.ts).
 */
import { holdsPhrases, pagefindTerm, requiredPhrases } from './search-phrases.ts';
import { figuresLast, resultKind } from './search-kinds.ts';
import { sitePath } from '../i18n/languages.ts';

/** The part of Pagefind's browser API this page uses (dist/pagefind/pagefind.js). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  debouncedSearch(term: string, options?: Record<string, unknown>, debounceMs?: number): Promise<SearchResponse | null>;
  search(term: string, options?: Record<string, unknown>): Promise<SearchResponse>;
}
interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
}
interface ResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content: string;
  meta: { title?: string };
}

const pageSize = 10;

/** Fills a `{name}` template from the page's translated texts. */
const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/**
 * Pagefind's excerpt is escaped text with <mark> around the matched words. It is rebuilt here from
 * text nodes and <mark> elements only, so nothing else from the index can reach the page.
 */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  const nodes: Node[] = [];
  for (const node of template.content.childNodes) {
    const previous = nodes.at(-1);
    // Pagefind joins blocks with ". ": after Chinese text that reads as a stray full stop, so it
    // becomes the Chinese one (a ". " after a Han character is never the page's own punctuation).
    // The character before may end the previous node (健康</mark>. 非洲), so it is read with it.
    if (node.nodeName !== 'MARK') {
      const before = previous?.textContent?.slice(-1) ?? '';
      const text = `${before}${node.textContent ?? ''}`.replace(/(?<=[\p{Script=Han}）”])\. ?/gu, '。');
      nodes.push(document.createTextNode(text.slice(before.length)));
    }
    // Chinese words are indexed in segments (新生 + 儿): one mark for the whole word reads better.
    else if (previous instanceof HTMLElement) previous.textContent += node.textContent ?? '';
    else {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    }
  }
  // Pagefind joins blocks with ". ": an excerpt that starts at a block boundary would open with one.
  const first = nodes[0];
  if (first instanceof Text) first.textContent = (first.textContent ?? '').replace(/^[\s.]+/, '');
  return nodes;
}

/** The page's words for each kind of result ("Story", "图表"), from data-kind-* attributes. */
let kindLabels: Record<string, string> = {};

function resultItem(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const kind = resultKind(data.url);
  const label = document.createElement('span');
  label.className = `search-result__kind search-result__kind--${kind}`;
  label.textContent = kindLabels[kind] ?? '';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  const path = document.createElement('p');
  path.className = 'search-result__path';
  path.textContent = decodeURI(data.url);
  item.append(label, heading, excerpt, path);
  return item;
}

/**
 * Starts the search page: reads the query from the form or `?q=`, asks Pagefind (loaded on first
 * use), keeps only results holding each whole phrase (src/browser/search-phrases.ts), and writes the
 * results and a status the screen reader announces. Does nothing on a page without `[data-search]`.
 */
export function startSearch() {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!root || !form || !input || !status || !list || !more) return;
  const text = root.dataset;
  kindLabels = {
    story: text.kindStory ?? '',
    year: text.kindYear ?? '',
    chart: text.kindChart ?? '',
    figure: text.kindFigure ?? '',
    page: text.kindPage ?? '',
  };
  root.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (async () => {
      // A runtime path: the index is written after Vite has bundled this script.
      const url = sitePath('/pagefind/pagefind.js');
      const api = (await import(/* @vite-ignore */ url)) as Pagefind;
      await api.options({ excerptLength: 24 });
      await api.init();
      return api;
    })());

  /** The results to list, each loading its data when shown. */
  let shown: (() => Promise<ResultData>)[] = [];
  let shownCount = 0;
  let latest = 0;

  async function showMore() {
    const batch = shown.slice(shownCount, shownCount + pageSize);
    const data = await Promise.all(batch.map((load) => load()));
    list!.append(...data.map(resultItem));
    shownCount += batch.length;
    more!.hidden = shownCount >= shown.length;
  }

  async function run(query: string, { debounce }: { debounce: boolean }) {
    const term = query.trim();
    const ticket = ++latest;
    const address = new URL(location.href);
    if (term) address.searchParams.set('q', term);
    else address.searchParams.delete('q');
    history.replaceState(null, '', address);
    if (!term) {
      list!.replaceChildren();
      list!.hidden = true;
      more!.hidden = true;
      status!.textContent = '';
      return;
    }
    try {
      const api = await load();
      // Only quotation marks ('""'): nothing to look for, so nothing is found.
      const asked = pagefindTerm(term);
      // Single figures after the stories, charts and pages that tell about them: the same query
      // filtered to figures, asked at the same time, says which results are figures without
      // loading every result.
      const [found, figures] = asked
        ? await Promise.all([
            api.debouncedSearch(asked, {}, debounce ? 250 : 0),
            api.search(asked, { filters: { kind: 'figure' } }),
          ])
        : [{ results: [] }, { results: [] }];
      if (!found || ticket !== latest) return; // a newer query superseded this one
      const response = { results: figuresLast(found.results, new Set(figures.results.map((result) => result.id))) };
      const phrases = requiredPhrases(term);
      if (phrases.length === 0) {
        shown = response.results.map((result) => () => result.data());
      } else {
        // Every result's text is needed to know whether it holds the phrase; fragments are small.
        const all = await Promise.all(response.results.map((result) => result.data()));
        if (ticket !== latest) return;
        shown = all
          .filter((data) => holdsPhrases(`${data.meta.title ?? ''}\n${data.content}`, phrases))
          .map((data) => () => Promise.resolve(data));
      }
      shownCount = 0;
      list!.replaceChildren();
      await showMore();
      if (ticket !== latest) return;
      list!.hidden = shown.length === 0;
      status!.textContent =
        shown.length === 0
          ? fill(text.textNone!, { query: term })
          : fill(shown.length === 1 ? text.textResult! : text.textResults!, { count: shown.length, query: term });
    } catch (error) {
      console.warn('Search could not run:', error);
      status!.textContent = text.textFailed!;
    }
  }

  let composing = false;
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => {
    composing = false;
    void run(input.value, { debounce: true });
  });
  input.addEventListener('input', () => {
    if (!composing) void run(input.value, { debounce: true });
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) status!.textContent = text.textEmpty!;
    else void run(input.value, { debounce: false });
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showMore().then(() => list.querySelector<HTMLAnchorElement>(`li:nth-child(${first + 1}) a`)?.focus());
  });

  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  if (query.trim()) {
    status.textContent = text.textLoading!;
    void run(query, { debounce: false });
  }
}
