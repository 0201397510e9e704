/**
 * What the open-data page's explorer reads from each row (src/browser/figure-explorer.ts): the
 * years a figure has values for, whether they compare, and the words a query is matched against.
 * Pure.
 */
import { languages } from '../i18n/languages.ts';
import type { Metric } from '../schemas/metrics.ts';
import { yearsOf } from '../model/metrics.ts';

/** A row's data attributes for the explorer, as the page writes them. */
export interface ExplorerFacts {
  /** The years with a value (a baseline counts for its own year), space-separated: "2023 2024". */
  'data-years': string;
  /** "true" or "false": the metric's `comparable` flag. */
  'data-comparable': string;
  /**
   * The names a query is matched against: the series label and any year's own wording, in every
   * language (a filter typed in one language keeps working after the language switch), and the id.
   */
  'data-text': string;
}

/** The explorer's facts about one metric. Never throws. */
export function explorerFacts(metric: Metric): ExplorerFacts {
  const names = languages.flatMap((lang) => [
    metric.label[lang],
    ...metric.values.flatMap((entry) => (entry.label ? [entry.label[lang]] : [])),
  ]);
  return {
    'data-years': yearsOf(metric).join(' '),
    'data-comparable': String(metric.comparable),
    'data-text': [...new Set([...names, metric.id])].join(' | '),
  };
}
