/**
 * A year's headline, intro and approach show figures through `{metric@year}` tokens, filled by the
 * same code as chart texts and written as each language writes the figure in running text.
 */
import { describe, expect, it } from 'vitest';
import { fixture } from './content-fixture.ts';
import { checkContent } from '../../src/checks/content-files.ts';
import { fillFigures, yearTexts } from '../../src/model/figure-tokens.ts';
import type { Metric } from '../../src/schemas/metrics.ts';
import { createContentIndex } from '../../src/model/content-index.ts';

const { content } = checkContent(fixture);
const metricList = content.metrics.map((entry) => entry.data);
const metrics = createContentIndex({ metrics: metricList }).metrics;
const year = content.years.find((entry) => entry.data.year === 2024)!.data;

const share: Metric = {
  ...metricList[0]!,
  id: 'share-of-worlds-children',
  unit: 'percent',
  values: [{ ...metricList[0]!.values[0]!, year: 2024, value: 13, qualifier: 'about' }],
};

describe("figures in a year's texts", () => {
  it('fills the intro in each language, as running text', () => {
    expect(yearTexts(year, metrics, 'en').intro).toBe(
      'Quality health services reached more than 2.65 million children and caregivers.',
    );
    expect(yearTexts(year, metrics, 'zh').intro).toBe('优质卫生保健服务惠及超过265万名儿童及照护人。');
  });

  it('leaves texts without a token as written', () => {
    expect(yearTexts(year, metrics, 'en')).toMatchObject({
      title: 'A year of growth',
      approach: 'Pilots to policy to scale.',
    });
    expect(yearTexts(year, metrics, 'zh')).toMatchObject({
      title: '稳步拓展的一年',
      approach: '从试点到政策，再到推广。',
    });
  });

  it('writes a share as "per cent" in English prose and 13% in Chinese', () => {
    const texts = {
      title: year.title,
      approach: year.approach,
      intro: {
        en: "China is home to {share-of-worlds-children@2024} of the world's children.",
        zh: '全球{share-of-worlds-children@2024}的儿童生活在中国。',
      },
    };
    expect(yearTexts(texts, createContentIndex({ metrics: [share] }).metrics, 'en').intro).toBe(
      "China is home to about 13 per cent of the world's children.",
    );
    expect(yearTexts(texts, createContentIndex({ metrics: [share] }).metrics, 'zh').intro).toBe(
      '全球约13%的儿童生活在中国。',
    );
  });

  it('uses the one filler chart texts use, so an unknown figure stops the build', () => {
    expect(yearTexts(year, metrics, 'en').intro).toBe(fillFigures(year.intro.en, metrics, 'en'));
    expect(() => yearTexts({ ...year, intro: { en: '{health-services-reach@2019}', zh: '' } }, metrics, 'en')).toThrow(
      /does not exist: check content\/metrics\/health-services-reach.yaml/,
    );
  });
});
