/**
 * The site's security policy in one place: the Content-Security-Policy directives every page
 * carries in its `<meta>` (astro.config.mjs hands them to Astro's `security.csp`, which adds the
 * hashed `script-src` and `style-src`), the hashes of the site's own inline scripts, and the
 * response headers every path is sent (public/_headers, checked against this list by the tests).
 * Pure: no Astro, no file access.
 *
 * The promise it enforces (README "No request leaves the site"): a page loads nothing from
 * another host, so an `<img>`, `<iframe>`, `<object>` or `fetch` aimed elsewhere is refused by the
 * browser, not only caught by the tests.
 */

import { styleGateHash } from './style-gate.ts';

/**
 * CSP directives besides `script-src` and `style-src` (Astro owns those two and fills in the
 * hashes of its scripts and styles). Each is what the site needs and nothing more:
 * - `default-src 'self'`: anything not named below comes from the site only (fonts, media,
 *   manifests).
 * - `img-src 'self' data:`: the site's own pictures. Nothing uses a `data:` picture today; they
 *   are allowed because they carry their bytes with them and so never reach another host.
 * - `connect-src 'self'`: Pagefind fetches its index and fragments from /pagefind/.
 * - `worker-src 'self'`: Pagefind runs its WebAssembly in /pagefind/pagefind-worker.js. A worker
 *   loaded from a URL is governed by that file's own response headers, not by this `<meta>`, so
 *   the page needs no `'wasm-unsafe-eval'` (tests/e2e/search.spec.ts searches under this policy
 *   with no violation).
 * - `frame-src 'none'`, `object-src 'none'`: no page frames or plugs in anything.
 * - `base-uri 'self'`, `form-action 'self'`: no injected `<base>` or form can point elsewhere; the
 *   search form submits to the site's own search page.
 * `frame-ancestors` cannot be set from a `<meta>` (browsers ignore it there): who may frame a page
 * is a response header, see {@link securityHeaders}.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Hashes (`sha256-…`) of the inline scripts the site writes itself, which Astro does not hash:
 * only the style gate (./style-gate.ts). Added to every page's `script-src` beside Astro's own.
 * tests/dist/html.test.ts checks that every inline script of every page is allowed by its page's
 * policy.
 */
export const cspScriptHashes = [styleGateHash] as const;

/**
 * Headers every response gets, on every path, 404s included (public/_headers, rule `/*`):
 * - `X-Content-Type-Options: nosniff`: a file is only ever read as the type it is served as.
 * - `Referrer-Policy: strict-origin-when-cross-origin`: links to other sites (sources, Weibo)
 *   learn the site's origin, never the page's path and query.
 * - `Permissions-Policy`: no page may use the camera, microphone, location, payment or USB.
 *   The share menu's Web Share and clipboard stay allowed.
 * - `X-Frame-Options: DENY` and `Content-Security-Policy: frame-ancestors 'none'`: no page may be
 *   framed by another site (clickjacking), except the embed pages, whose rules detach these two.
 */
export const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
} as const;

/** The two headers an embed page drops so other sites may frame it. */
export const framingHeaders = ['X-Frame-Options', 'Content-Security-Policy'] as const;
