/**
 * Site-wide settings that an operator may need to change in one place.
 * Kept free of Astro imports so astro.config.mjs, scripts and tests can all read it.
 */
export const site = {
  /** Absolute origin the site is deployed at: used for canonical, hreflang and sitemap URLs. */
  url: process.env.SITE_URL ?? 'https://yearinreview.unicef.cn',
  /** Where the footer's newsletter sign-up link points (UNICEF China's e-newsletter page). */
  newsletterUrl: 'https://www.unicef.cn/en/newsletter',
  /** UNICEF China's own site, per language. */
  unicefChinaUrl: { en: 'https://www.unicef.cn/en', zh: 'https://www.unicef.cn/' },
} as const;
