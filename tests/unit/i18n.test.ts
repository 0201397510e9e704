import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';
import { dictionaries, t, tCount, yearList } from '../../src/i18n/index.ts';
import {
  bracketed,
  enumerate,
  joinClauses,
  joinPhrase,
  joinSentences,
  paragraph,
  labelled,
  writing,
} from '../../src/i18n/writing.ts';
import {
  alternatesOf,
  htmlLang,
  type Lang,
  langFromPath,
  localizedPath,
  routeOf,
  switchLanguagePath,
  withTrailingSlash,
} from '../../src/i18n/languages.ts';

/** A dictionary's keys with each plural text (`base#one`, `base#other`) as one `base#` key. */
const textKeys = (dictionary: object) =>
  [...new Set(Object.keys(dictionary).map((key) => key.replace(/#.*/, '#')))].sort();

describe('UI dictionaries', () => {
  it('have exactly the same texts in both languages', () => {
    expect(textKeys(zh)).toEqual(textKeys(en));
  });

  it("give each plural text exactly the forms of its language's plural rules (CLDR)", () => {
    for (const [lang, dictionary] of Object.entries(dictionaries) as [Lang, Record<string, string>][]) {
      const categories = new Intl.PluralRules(htmlLang[lang]).resolvedOptions().pluralCategories.slice().sort();
      for (const base of textKeys(dictionary).filter((key) => key.endsWith('#'))) {
        const forms = Object.keys(dictionary)
          .filter((key) => key.startsWith(base))
          .map((key) => key.slice(base.length))
          .sort();
        expect(forms, `${lang} ${base}`).toEqual(categories);
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) =>
      [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
    const zhText = zh as Record<string, string>;
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(zhText[key] ?? zhText[key.replace(/#.*/, '#other')]!), key).toEqual(placeholders(text));
    }
  });

  it('have no empty strings', () => {
    for (const text of [...Object.values(en), ...Object.values(zh)]) expect(text.trim()).not.toBe('');
  });

  it('fills placeholders', () => {
    expect(t('en', 'nav.year', { year: 2024 })).toBe('Year 2024');
    expect(t('zh', 'nav.year', { year: 2024 })).toBe('2024年');
  });
});

describe('texts that depend on a count', () => {
  it('take the singular in English for one, and write counts under ten in words', () => {
    expect(tCount('en', 'highlights.link', 1)).toBe('The year month by month: one highlight');
    expect(tCount('en', 'highlights.link', 3)).toBe('The year month by month: three highlights');
    expect(tCount('en', 'highlights.link', 12)).toBe('The year month by month: 12 highlights');
  });

  it('have one form in Chinese', () => {
    expect(tCount('zh', 'highlights.link', 1)).toBe('逐月回顾：一个亮点');
    expect(tCount('zh', 'highlights.link', 2)).toBe('逐月回顾：两个亮点');
    expect(tCount('zh', 'highlights.link', 12)).toBe('逐月回顾：12个亮点');
  });

  it('never say "twelve" for another number of highlights', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const count of [1, 5]) {
        const texts = [
          tCount(lang, 'highlights.lead', count),
          tCount(lang, 'highlights.description', count, { year: 2025 }),
        ];
        for (const text of texts) expect(text).not.toMatch(/twelve|十二|12/i);
      }
    }
  });
});

describe('the review years in interface texts', () => {
  it('lists the years as each language joins a list, oldest first', () => {
    expect(yearList('en', [2024, 2023])).toBe('2023 and 2024');
    expect(yearList('zh', [2024, 2023])).toBe('2023年和2024年');
    expect(yearList('en', [2025, 2023, 2024])).toBe('2023, 2024 and 2025');
    expect(yearList('zh', [2025, 2023, 2024])).toBe('2023年、2024年和2025年');
    expect(yearList('zh', [2025])).toBe('2025年');
  });

  it('says "review" for one year and "reviews" for more', () => {
    const describe = (years: number[]) =>
      tCount('en', 'home.description', years.length, { years: yearList('en', years) });
    expect(describe([2025])).toContain('UNICEF China’s 2025 review:');
    expect(describe([2023, 2024, 2025])).toContain('UNICEF China’s 2023, 2024 and 2025 reviews:');
  });

  it('names no year in the dictionaries: the years come from content/years/', () => {
    for (const text of [...Object.values(en), ...Object.values(zh)])
      expect(text).not.toMatch(/(?<![-–—\d])20\d\d(?!\d)/); // a standard's edition (GB/T 7714-2015) is no review year
  });
});

describe('writing rules', () => {
  it('punctuate Chinese with full-width marks and no spaces', () => {
    for (const mark of Object.values(writing.zh.punctuation)) {
      expect(mark, mark).not.toMatch(/[\s:;,.()]/);
      expect(mark, mark).toMatch(/^[\u3000-\u303f\uff00-\uffef]*$/);
    }
    expect(labelled('说明', '文字', 'zh')).toBe('说明：文字');
    expect(bracketed('北京', enumerate([2023, 2024], 'zh'), 'zh')).toBe('北京（2023、2024）');
    expect(joinClauses(['甲：1', '乙：2'], 'zh')).toBe('甲：1；乙：2');
    expect(joinPhrase(['南苏丹', '非洲'], 'zh')).toBe('南苏丹，非洲');
    expect(joinSentences(['甘肃', '2023：说明'], 'zh')).toBe('甘肃。2023：说明');
    expect(paragraph(['第一句。', '第二句。'], 'zh')).toBe('第一句。第二句。');
    expect(paragraph(['第一句。', '第二句。'], 'zh')).toBe('第一句。第二句。');
  });

  it('punctuate English as before', () => {
    expect(labelled('Note', 'text', 'en')).toBe('Note: text');
    expect(bracketed('Beijing', enumerate([2023, 2024], 'en'), 'en')).toBe('Beijing (2023, 2024)');
    expect(joinClauses(['a: 1', 'b: 2'], 'en')).toBe('a: 1; b: 2');
    expect(joinSentences(['Gansu', '', '2023: note'], 'en')).toBe('Gansu. 2023: note');
    expect(paragraph(['One.', 'Two.'], 'en')).toBe('One. Two.');
  });

  it('give both languages the same rules', () => {
    const shape = (value: unknown): unknown =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
        : typeof value;
    expect(shape(writing.zh)).toEqual(shape(writing.en));
  });
});

describe('switchLanguagePath', () => {
  it.each([
    ['/en/', 'zh', '/zh/'],
    ['/zh/', 'en', '/en/'],
    ['/en', 'zh', '/zh/'],
    ['/en/about/', 'zh', '/zh/about/'],
    ['/en/about', 'zh', '/zh/about/'],
    ['/zh/figures/newborn-care-training/', 'en', '/en/figures/newborn-care-training/'],
    ['/en/2024/?view=online#chart', 'zh', '/zh/2024/'],
    ['/', 'zh', '/zh/'],
    ['/', 'en', '/en/'],
    ['/404/', 'zh', '/zh/'],
    ['/404.html', 'en', '/en/'],
    ['/no/such/page/', 'zh', '/zh/'],
    ['/fr/about/', 'en', '/en/'],
  ] as const)('%s → %s: %s', (path, target, expected) => {
    expect(switchLanguagePath(path, target)).toBe(expected);
  });
});

describe('path helpers', () => {
  it('reads the language of a path', () => {
    expect(langFromPath('/zh/2024/')).toBe('zh');
    expect(langFromPath('/en')).toBe('en');
    expect(langFromPath('/')).toBeUndefined();
    expect(langFromPath('/english/')).toBeUndefined();
  });

  it('adds trailing slashes to pages but not to files', () => {
    expect(withTrailingSlash('/en/data')).toBe('/en/data/');
    expect(withTrailingSlash('/data/metrics.csv')).toBe('/data/metrics.csv');
    expect(withTrailingSlash('/en/data?x=1')).toBe('/en/data/?x=1');
  });

  it('builds and strips language prefixes', () => {
    expect(localizedPath('zh')).toBe('/zh/');
    expect(localizedPath('en', '/figures/partners')).toBe('/en/figures/partners/');
    expect(routeOf('/zh/figures/partners/')).toBe('figures/partners/');
    expect(routeOf('/en/')).toBe('');
  });
});

describe('alternatesOf', () => {
  it('gives both languages and x-default for a page', () => {
    expect(alternatesOf('https://example.org/zh/figures/partners/')).toEqual([
      { hreflang: 'en', href: 'https://example.org/en/figures/partners/' },
      { hreflang: 'zh-CN', href: 'https://example.org/zh/figures/partners/' },
      { hreflang: 'x-default', href: 'https://example.org/' },
    ]);
  });

  it('points the language chooser at both language homes', () => {
    expect(alternatesOf('https://example.org/').map((link) => link.href)).toEqual([
      'https://example.org/en/',
      'https://example.org/zh/',
      'https://example.org/',
    ]);
  });
});
