/**
 * On an embed page: applies the theme the embedding page asked for in the iframe's address.
 * `?theme=dark` is always dark, `?theme=auto` follows the reader's colour-scheme setting, anything
 * else (or nothing) is light. Light is the default because a host page is usually white, and an
 * iframe whose colour scheme differs from its host's gets an opaque backdrop from the browser.
 * A module script, not an inline one: the site's CSP forbids inline scripts. The palettes live in
 * src/styles/global.css and charts.css (`.embed-theme-dark`, `.embed-theme-auto`).
 */
import { embedTheme } from '../routes/urls.ts';

const theme = embedTheme(location.search);
if (theme !== 'light') document.documentElement.classList.add(`embed-theme-${theme}`);
