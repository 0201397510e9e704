/**
 * Chinese search must not list pages that lack the term: Pagefind matches any segment of a
 * Chinese query (疫苗 ~ 疫情, 母乳喂养 ~ 喂养), so results are kept only when their text holds
 * every phrase the query requires. Quoted phrases work the same in both languages.
 */
import { describe, expect, it } from 'vitest';
import { holdsPhrases, normaliseForMatch, pagefindTerm, requiredPhrases } from '../../src/browser/search-phrases.ts';

describe('requiredPhrases', () => {
  it('requires every Chinese piece of a query whole', () => {
    expect(requiredPhrases('疫苗')).toEqual(['疫苗']);
    expect(requiredPhrases('社会工作者')).toEqual(['社会工作者']);
    expect(requiredPhrases(' 母乳喂养  新生儿 ')).toEqual(['母乳喂养', '新生儿']);
    expect(requiredPhrases('UNICEF中国')).toEqual(['unicef中国']);
  });

  it('requires quoted phrases in both languages, with any quotation marks', () => {
    expect(requiredPhrases('"road safety"')).toEqual(['road safety']);
    expect(requiredPhrases('“Road   Safety” children')).toEqual(['road safety']);
    expect(requiredPhrases('「心理健康」')).toEqual(['心理健康']);
    expect(requiredPhrases('"心理 健康"')).toEqual(['心理健康']);
  });

  it('leaves plain English words to Pagefind, which also finds their other forms', () => {
    expect(requiredPhrases('newborn care')).toEqual([]);
    expect(requiredPhrases('trained')).toEqual([]);
    expect(requiredPhrases('""')).toEqual([]);
  });
});

describe('pagefindTerm', () => {
  it('asks Pagefind without quotation marks, so Chinese segmentation cannot make it find nothing', () => {
    expect(pagefindTerm('“心理健康”')).toBe('心理健康');
    expect(pagefindTerm('"road safety" children')).toBe('road safety children');
    expect(pagefindTerm('疫苗')).toBe('疫苗');
  });
});

describe('holdsPhrases', () => {
  const pages = {
    epidemic: '新冠疫情期间，儿童保健服务没有中断。',
    vaccine: '项目支持疫苗接种。',
    feeding: '婴幼儿喂养咨询服务覆盖更多家庭。',
    breastfeeding: '母乳喂养宣传周活动在全国举行。',
    workers: '培训了基层儿童工作者和社会组织。',
    socialWorkers: '社会工作者走进社区，为儿童提供服务。',
    lineBreak: '社会\n工作者走进社区。',
    road: 'Road   safety lessons reached children.',
    roadApart: 'Safety on the road is taught.',
  };
  const matching = (query: string) =>
    Object.entries(pages)
      .filter(([, text]) => holdsPhrases(text, requiredPhrases(query)))
      .map(([name]) => name);

  it('keeps only pages holding the whole Chinese term', () => {
    expect(matching('疫苗')).toEqual(['vaccine']);
    expect(matching('母乳喂养')).toEqual(['breastfeeding']);
    expect(matching('社会工作者')).toEqual(['socialWorkers', 'lineBreak']);
    expect(matching('喂养')).toEqual(['feeding', 'breastfeeding']);
  });

  it('keeps only pages holding a quoted English phrase', () => {
    expect(matching('"road safety"')).toEqual(['road']);
    expect(matching('"ROAD SAFETY"')).toEqual(['road']);
  });

  it('requires every phrase of a query with several', () => {
    expect(matching('社会工作者 社区')).toEqual(['socialWorkers', 'lineBreak']);
    expect(matching('社会工作者 疫苗')).toEqual([]);
  });

  it('keeps every result when nothing is required', () => {
    expect(matching('road')).toEqual(Object.keys(pages));
  });
});

describe('normaliseForMatch', () => {
  it('folds width and case, and drops spaces next to Chinese', () => {
    expect(normaliseForMatch('ＵＮＩＣＥＦ 中 文  Text')).toBe('unicef中文text');
    expect(normaliseForMatch('a  b\n c')).toBe('a b c');
  });
});
