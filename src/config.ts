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
  /**
   * Where the "Support UNICEF China" call to action (home page and footer) points, per language.
   * The source documents give no donation page, so it points at UNICEF China's own site; when
   * UNICEF China gives a donation or get-involved page, put its address here. `null` hides it.
   */
  supportUrl: { en: 'https://www.unicef.cn/en', zh: 'https://www.unicef.cn/' } as { en: string; zh: string } | null,
  /**
   * What the site is, in one sentence, at the foot of every page. Say who publishes it: the
   * default says only what is true whoever runs the site (its figures and stories come from
   * UNICEF China's published reviews). If UNICEF China publishes the site, say so here; never
   * call it independent unless it is.
   */
  footerDescription: {
    en: 'Figures and stories from UNICEF China’s published annual reviews, each figure linked to its source.',
    zh: '本网站呈现联合国儿童基金会驻华办事处已发布年度工作回顾中的数据与故事，每个数字均注明出处。',
  },
  /** The review years the site covers, newest first. */
  years: [2024, 2023] as const,
} as const;
