/**
 * The language switch never links to a page that does not exist: a story or standing page whose
 * other-language file is missing leads to that language's home page instead, flagged unavailable.
 */
import { describe, expect, it } from 'vitest';
import { contentRoutesOf, languageSwitchTarget, type ContentRoutes } from '../../src/routes/language-switch.ts';

const routes: ContentRoutes = {
  en: contentRoutesOf(
    ['2024/health', '2024/road-safety', '2023/highlights/healthy-food'],
    ['about', 'priorities-social-policy'],
  ),
  zh: contentRoutesOf(['2024/health', '2023/highlights/healthy-food', '2024/only-in-chinese'], ['about']),
};

describe('languageSwitchTarget', () => {
  it('links to the same page when both languages have it', () => {
    expect(languageSwitchTarget('/en/2024/health/', 'zh', routes)).toEqual({
      href: '/zh/2024/health/',
      available: true,
    });
    expect(languageSwitchTarget('/zh/2023/highlights/healthy-food/', 'en', routes)).toEqual({
      href: '/en/2023/highlights/healthy-food/',
      available: true,
    });
    expect(languageSwitchTarget('/zh/about/', 'en', routes)).toEqual({ href: '/en/about/', available: true });
  });

  it('says a story missing in the other language is unavailable, and leads to that language’s home page', () => {
    expect(languageSwitchTarget('/en/2024/road-safety/', 'zh', routes)).toEqual({ href: '/zh/', available: false });
    expect(languageSwitchTarget('/zh/2024/only-in-chinese/', 'en', routes)).toEqual({ href: '/en/', available: false });
  });

  it('does the same for a standing page', () => {
    expect(languageSwitchTarget('/en/priorities-social-policy/', 'zh', routes)).toEqual({
      href: '/zh/',
      available: false,
    });
  });

  it('treats pages not built from content files as existing in both languages', () => {
    expect(languageSwitchTarget('/en/figures/partners/', 'zh', routes)).toEqual({
      href: '/zh/figures/partners/',
      available: true,
    });
    expect(languageSwitchTarget('/en/2024/', 'zh', routes)).toEqual({ href: '/zh/2024/', available: true });
    expect(languageSwitchTarget('/zh/search/?q=新生儿', 'en', routes)).toEqual({
      href: '/en/search/',
      available: true,
    });
    expect(languageSwitchTarget('/', 'zh', routes)).toEqual({ href: '/zh/', available: true });
  });

  it('falls back to the plain prefix rewrite when no routes are given', () => {
    expect(languageSwitchTarget('/en/2024/road-safety/', 'zh')).toEqual({
      href: '/zh/2024/road-safety/',
      available: true,
    });
  });
});
