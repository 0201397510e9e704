/**
 * The open-data page's figure explorer: filters by programme area, year, comparability and words,
 * kept in the page's address so a filtered view can be shared, bookmarked and left with the back
 * button (history.pushState / popstate), and carried by the language switch. The filters are in
 * the built page, disabled until this runs (so nothing moves when it does, and nothing can be chosen
 * that it would then undo); without JavaScript the stylesheet hides them (`@media not (scripting:
 * enabled)`) and the page lists every figure, grouped by area. An address with filters still hides
 * rows when this runs. Hand-written, no framework: it only hides table rows (the rules are in
 * figure-filters.ts, unit-tested).
 */
import {
  filtersFromQuery,
  filtersToQuery,
  matchesFilters,
  noFilters,
  normaliseText,
  sameFilters,
  type FigureFacts,
  type FigureFilters,
} from './figure-filters.ts';

const explorer = document.querySelector<HTMLElement>('[data-explorer]');
const status = document.querySelector<HTMLElement>('[data-explorer-status]');

if (explorer && status) {
  const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) =>
    explorer.querySelector(`[name="${name}"]`) as T;
  const area = field<HTMLSelectElement>('area');
  const year = field<HTMLSelectElement>('year');
  const comparable = field<HTMLSelectElement>('comparable');
  const query = field<HTMLInputElement>('q');
  const choices = {
    areas: [...area.options].map((option) => option.value).filter(Boolean),
    years: [...year.options].map((option) => option.value).filter(Boolean),
  };
  const sections = [...document.querySelectorAll<HTMLElement>('section[data-area]')].map((section) => ({
    section,
    rows: [...section.querySelectorAll<HTMLElement>('tr[data-metric]')].map((row) => ({
      row,
      facts: {
        area: section.dataset.area ?? '',
        years: (row.dataset.years ?? '').split(' ').filter(Boolean),
        comparable: row.dataset.comparable === 'true',
        text: normaliseText(row.dataset.text ?? ''),
      } satisfies FigureFacts,
    })),
  }));
  const total = sections.reduce((sum, { rows }) => sum + rows.length, 0);
  const languageSwitch = document.querySelector<HTMLAnchorElement>(
    'a[data-language-switch]:not([data-translation-missing])',
  );
  const switchBase = languageSwitch?.href;

  const read = (): FigureFilters => ({
    area: area.value,
    year: year.value,
    comparable: comparable.value === 'yes' || comparable.value === 'no' ? comparable.value : '',
    q: query.value.trim(),
  });
  const show = (filters: FigureFilters) => {
    area.value = filters.area;
    year.value = filters.year;
    comparable.value = filters.comparable;
    query.value = filters.q;
  };
  // The build writes the unfiltered count; only a different message is written (and announced).
  let announced = status.textContent?.trim() ?? '';
  const apply = (filters: FigureFilters) => {
    let count = 0;
    for (const { section, rows } of sections) {
      let visible = 0;
      for (const { row, facts } of rows) {
        const match = matchesFilters(facts, filters);
        row.hidden = !match;
        if (match) visible += 1;
      }
      section.hidden = visible === 0;
      count += visible;
    }
    const message =
      count === 0
        ? (status.dataset.none ?? '')
        : (status.dataset.template ?? '').replace('{count}', String(count)).replace('{total}', String(total));
    // Only a new message is written, so a screen reader hears the count when it changes, not on every key.
    if (message !== announced) status.textContent = announced = message;
    if (languageSwitch && switchBase) {
      const target = new URL(switchBase);
      target.search = filtersToQuery(filters);
      languageSwitch.href = target.href;
    }
  };
  const addressOf = (filters: FigureFilters) => {
    const search = filtersToQuery(filters);
    return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  };
  /** A new history entry per choice; while the reader types, one entry for the whole word. */
  let typing = false;
  const commit = (replace: boolean) => {
    const filters = read();
    apply(filters);
    if (sameFilters(filters, filtersFromQuery(location.search, choices))) return;
    if (replace) history.replaceState(null, '', addressOf(filters));
    else history.pushState(null, '', addressOf(filters));
  };

  for (const control of explorer.querySelectorAll<HTMLSelectElement | HTMLInputElement | HTMLButtonElement>(
    'select, input, button',
  ))
    control.disabled = false;
  const initial = filtersFromQuery(location.search, choices);
  show(initial);
  apply(initial);

  for (const select of [area, year, comparable]) select.addEventListener('change', () => commit(false));
  query.addEventListener('input', () => {
    commit(typing);
    typing = true;
  });
  // Enter or leaving the box ends the word: the next key starts a new step in the history.
  query.addEventListener('change', () => (typing = false));
  explorer.querySelector('[data-explorer-clear]')?.addEventListener('click', () => {
    typing = false;
    show(noFilters);
    commit(false);
    area.focus();
  });
  addEventListener('popstate', () => {
    typing = false;
    const filters = filtersFromQuery(location.search, choices);
    show(filters);
    apply(filters);
  });
}
