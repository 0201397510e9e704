/** The Atom feed of the corrections log, one per language: /en/corrections/feed.xml, /zh/corrections/feed.xml. */
import type { APIRoute } from 'astro';
import { languages, type Lang } from '../../../i18n/languages.ts';
import { t } from '../../../i18n/index.ts';
import { site } from '../../../config.ts';
import { loadContentIndex, loadCorrections } from '../../../model/collections.ts';
import { correctionsFeed } from '../../../share/corrections-feed.ts';
import { correctionViews } from '../../../views/corrections.ts';

export function getStaticPaths() {
  return languages.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const [content, corrections] = await Promise.all([loadContentIndex(), loadCorrections()]);
  const xml = correctionsFeed({
    lang,
    siteUrl: site.url,
    entries: correctionViews(content, corrections, lang),
    since: site.correctionsLogSince,
    author: { name: t(lang, 'site.org'), link: site.unicefChinaUrl[lang] },
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
