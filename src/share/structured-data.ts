/**
 * schema.org structured data (JSON-LD) for search engines: a `Dataset` for the open-data page and
 * for each chart's downloads, an `Article` for each story, a `BreadcrumbList` for a trail of links.
 * Typed with `schema-dts` (Google's schema.org typings), so a misspelt property does not compile.
 * Pure: plain values in, plain objects out; `jsonLdText` writes one for a `<script
 * type="application/ld+json">`, which is a data block the browser never runs (CSP's script-src
 * does not apply to it).
 */
import type {
  Article,
  BreadcrumbList,
  CreativeWork,
  DataDownload,
  Dataset,
  Organization,
  WithContext,
} from 'schema-dts';
import type { Source } from '../schemas/sources.ts';
import { site } from '../config.ts';
import { htmlLang, languages, type Lang } from '../i18n/languages.ts';
import { t } from '../i18n/index.ts';
import type { ContentIndex } from '../model/content-index.ts';
import { metricsShownBy } from '../model/corrections.ts';
import { absoluteUrl, chartPath, downloadPath, openDataPath, type OpenDataFormat } from '../routes/urls.ts';
import { chartView } from '../views/chart-view.ts';

/** Who makes and publishes everything the site shows: UNICEF China, named in the page's language. */
export function unicefChina(lang: Lang, url: string): Organization {
  return { '@type': 'Organization', name: t(lang, 'site.org'), url };
}

/**
 * schema.org's `temporalCoverage` of a set of years: "2024", or an ISO 8601 interval of years
 * "2023/2024" from the earliest to the latest.
 * @throws Error when `years` is empty: a dataset covers at least one year
 */
export function yearsCovered(years: readonly number[]): string {
  if (years.length === 0) throw new Error('A dataset covers at least one year (found none)');
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}/${last}`;
}

const mediaTypes: Record<OpenDataFormat, string> = { csv: 'text/csv', json: 'application/json' };

/** One file of a dataset: its absolute address and media type. */
const download = (siteUrl: string, path: string, format: OpenDataFormat): DataDownload => ({
  '@type': 'DataDownload',
  encodingFormat: mediaTypes[format],
  contentUrl: absoluteUrl(siteUrl, path),
});

/** The source documents a dataset is based on, each once, named in the language. */
function basedOn(sources: readonly Source[], lang: Lang): CreativeWork[] {
  const seen = new Set<string>();
  return sources.flatMap((source) => {
    if (seen.has(source.id)) return [];
    seen.add(source.id);
    return [{ '@type': 'CreativeWork', name: source.title[lang], url: source.url }];
  });
}

/** What every Dataset of the site shares. */
export interface DatasetContext {
  lang: Lang;
  /** The site's origin (`site.url`); paths carry the base. */
  siteUrl: string;
  /** UNICEF China's own site in the language: the creator's and publisher's `url`. */
  organisationUrl: string;
  /** The data's licence address (`site.dataLicense`), or null when none has been chosen: left out. */
  license: string | null;
}

/** The context of this site's Datasets in one language, from src/config.ts (site URL, UNICEF China's site, licence). */
export const siteDatasetContext = (lang: Lang): DatasetContext => ({
  lang,
  siteUrl: site.url,
  organisationUrl: site.unicefChinaUrl[lang],
  license: site.dataLicense,
});

/** The fields of a Dataset that do not depend on which data it is. */
function datasetBase(context: DatasetContext) {
  const organisation = unicefChina(context.lang, context.organisationUrl);
  return {
    creator: organisation,
    publisher: organisation,
    isAccessibleForFree: true,
    ...(context.license ? { license: context.license } : {}),
  };
}

/**
 * The open-data page's Dataset: every figure of the site, in both languages, as CSV and JSON
 * (`/data/metrics.csv`, `/data/metrics.json`), over the review years of the content, based on the
 * source documents.
 */
export function openDataset(
  content: ContentIndex,
  context: DatasetContext & { name: string; description: string; pagePath: string },
): WithContext<Dataset> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: context.name,
    description: context.description,
    url: absoluteUrl(context.siteUrl, context.pagePath),
    // The files carry both languages' labels and wordings.
    inLanguage: languages.map((lang) => htmlLang[lang]),
    temporalCoverage: yearsCovered(content.reviewYears),
    ...datasetBase(context),
    isBasedOn: basedOn(content.sources.all, context.lang),
    distribution: (['csv', 'json'] as const).map((format) => download(context.siteUrl, openDataPath(format), format)),
  };
}

/**
 * A chart page's Dataset: the chart's data in the page's language as its CSV and JSON downloads,
 * over the years it shows (its `years`, its `year`, or the years of the figures it shows; the
 * review years for a chart of every figure), based on the documents it cites.
 * @throws Error naming content/charts/{id}.yaml when there is no such chart
 */
export function chartDataset(content: ContentIndex, id: string, context: DatasetContext): WithContext<Dataset> {
  const { lang, siteUrl } = context;
  const view = chartView(content, id, lang);
  const spec = view.spec;
  const shown = metricsShownBy(spec).flatMap(
    (metric) => content.metrics.get(metric)?.values.map((value) => value.year) ?? [],
  );
  const years = spec.years ?? (spec.year !== undefined ? [spec.year] : shown.length ? shown : content.reviewYears);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: view.title,
    description: t(lang, 'jsonld.chartDataset', { title: view.title }),
    url: absoluteUrl(siteUrl, chartPath(lang, id)),
    inLanguage: htmlLang[lang],
    temporalCoverage: yearsCovered(years),
    ...datasetBase(context),
    // A chart of every figure cites no document of its own (its source is the open data): none given.
    ...(view.citationGroups.length
      ? {
          isBasedOn: basedOn(
            view.citationGroups.map((group) => group.source),
            lang,
          ),
        }
      : {}),
    distribution: (['csv', 'json'] as const).map((format) => download(siteUrl, downloadPath(id, lang, format), format)),
  };
}

/** What a story's Article is made from. */
export interface ArticleFields {
  lang: Lang;
  siteUrl: string;
  /** The story's title: the page's h1. */
  headline: string;
  description: string;
  /** The story's page (a site path). */
  pagePath: string;
  organisationUrl: string;
  /** `YYYY-MM-DD` of the story's publication, when the content gives one. */
  datePublished?: string;
  /** `YYYY-MM-DD` of the newest correction of the story, if it was corrected. */
  dateModified?: string;
  /** The page's preview picture (a site path), when it has one. */
  image?: string;
}

/** A story page's Article: headline, language, publisher and author (UNICEF China), dates when known, picture. */
export function storyArticle(fields: ArticleFields): WithContext<Article> {
  const organisation = unicefChina(fields.lang, fields.organisationUrl);
  const url = absoluteUrl(fields.siteUrl, fields.pagePath);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: fields.headline,
    description: fields.description,
    inLanguage: htmlLang[fields.lang],
    url,
    mainEntityOfPage: url,
    author: organisation,
    publisher: organisation,
    ...(fields.datePublished ? { datePublished: fields.datePublished } : {}),
    ...(fields.dateModified ? { dateModified: fields.dateModified } : {}),
    ...(fields.image ? { image: absoluteUrl(fields.siteUrl, fields.image) } : {}),
  };
}

/** A trail of links (home → year → story) as a BreadcrumbList; each `path` a site path. */
export function breadcrumbList(
  siteUrl: string,
  trail: readonly { name: string; path: string }[],
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.name,
      item: absoluteUrl(siteUrl, step.path),
    })),
  };
}

/**
 * A JSON-LD object as the text of a `<script type="application/ld+json">`: JSON with "<", ">"
 * and "&" written as \u escapes, so no text from content can close the element ("</script>") or
 * start a comment; U+2028 and U+2029 escaped too. JSON.parse reads it back unchanged.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
