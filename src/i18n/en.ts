/** Interface text in English. The keys of this dictionary are the reference for every language. */
export const en = {
  'site.name': 'UNICEF China Year in Review',
  'site.shortName': 'Year in Review',
  'site.org': 'UNICEF China',
  'site.tagline': 'Results for children in China and beyond, 2023 and 2024',
  'site.description':
    'What UNICEF China and its partners achieved for children in 2023 and 2024: key figures, charts and stories, in English and Chinese.',

  'nav.skip': 'Skip to main content',
  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.years': 'Review years',
  'nav.year': 'Year {year}',
  'nav.data': 'Data',
  'nav.about': 'About',
  'nav.language': 'Language',
  'nav.switchTo': 'Read this page in {language}',
  'nav.breadcrumb': 'Breadcrumb',

  'home.title': 'UNICEF China Year in Review',
  'home.description':
    'Key figures and stories from UNICEF China’s 2023 and 2024 reviews: health, education, child protection, social policy and South-South cooperation.',
  'home.lead':
    'Every child has the right to survive, grow, be protected and take part. This site sets out, figure by figure and source by source, what UNICEF China and its partners did for children in 2023 and 2024.',
  'home.years': 'The reviews',
  'home.yearCard': 'Read the {year} review',
  'home.figuresHeading': 'Every figure, with its source',
  'home.figuresText':
    'Each number on this site is entered once, with the exact wording of its source (“almost”, “more than”), and can be linked to and downloaded.',
  'home.figuresLink': 'Browse and download all figures',
  'home.aboutHeading': 'How UNICEF China works',
  'home.aboutLink': 'About UNICEF China',
  'home.prioritiesLink': 'Our priorities: social policy',

  'root.title': 'UNICEF China Year in Review · 年度工作回顾',
  'root.choose': 'Choose a language',

  'footer.sources': 'Sources',
  'footer.sourcesText': 'Every figure on this site comes from these UNICEF China publications:',
  'footer.unicef': 'UNICEF China website',
  'footer.newsletter': 'Sign up for UNICEF China’s newsletter',
  'footer.note': 'An independent data presentation of UNICEF China’s published reviews.',
  'footer.data': 'Open data: all figures as CSV and JSON',

  'notFound.title': 'Page not found',
  'notFound.text': 'We could not find that page. It may have moved, or the address may be mistyped.',
  'notFound.home': 'Go to the English home page',

  'year.title': '{year} in review',
  'year.description': 'UNICEF China’s {year} results for children: key figures by programme area, each with its source.',
  'year.keyFigures': 'Key figures',
  'year.approach': 'How the work is done',
  'year.allFigures': 'Every figure for {year}, by programme area',
  'year.sources': 'This year’s sources',

  'figure.description': '{figure} {label} in {year}. Source: {source}.',
  'figure.byYear': 'By year',
  'figure.definition': 'What is counted',
  'figure.source': 'Source',
  'figure.sources': 'Sources',
  'figure.note': 'Note',
  'figure.breakdown': 'Breakdown',
  'figure.items': 'Named in the source',
  'figure.equivalent': 'Also stated as',
  'figure.notComparable': 'Not comparable across years',
  'figure.area': 'Programme area',
  'figure.allFigures': 'All figures',
  'figure.part': 'Part',
  'figure.value': 'Figure',
  'figure.year': 'Year',
  'figure.section': 'section “{section}”',

  'data.title': 'Open data: every figure',
  'data.description':
    'Every figure from UNICEF China’s 2023 and 2024 reviews, grouped by programme area, with its source and as CSV or JSON downloads.',
  'data.lead':
    'Every figure on this site, exactly as its source states it. Download them all, or follow a figure to its own page to see its definition and source.',
  'data.download': 'Download',
  'data.csv': 'All figures as CSV (UTF-8, opens in Excel)',
  'data.json': 'All figures as JSON',
  'data.count': '{metrics} figures, {values} values',
  'data.metric': 'Figure',
  'data.notStated': 'not stated',

  'page.sources': 'Sources',
  'external.newWindow': '(external site)',
} as const;

export type UiKey = keyof typeof en;
