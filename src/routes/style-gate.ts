/**
 * The style gate: the one-line inline script that opens the `<body>` of every page built on
 * src/layouts/BaseLayout.astro (not the language chooser, the 404 page or the embeds, which are
 * short and have no form field), and the hash that lets it run under the CSP.
 *
 * The HTML parser stops at a parser-inserted classic script until the style sheets above it have
 * loaded (HTML Standard: "script-blocking style sheet", §4.2.4 Interactions of styling and
 * scripting, and the `</script>` steps of the "text" insertion mode; Chromium does the same). So
 * the body is read only once the stylesheet is in, and the browser then lays the page out as it
 * reads it, in slices, with a first paint after the first. Without the gate, when the stylesheet
 * lands after the HTML has been parsed (a fast connection for the HTML, or a slow response for
 * the stylesheet), Chromium 156 did two costly things. Measured in Playwright traces with the
 * stylesheet held 300 ms, three cold loads of each page, without the gate and with it:
 * - On /zh/charts/ it laid the whole page out unstyled when parsing ended (its autofill looks at
 *   the header's search box then) and threw that away when the stylesheet landed: 2,142–2,145
 *   elements styled and 3,221 objects laid out, against 743–746 and 1,195–1,206 with the gate;
 *   layout and style 216–304 ms against 101–164 ms; first paint at 707–874 ms against 618–681 ms.
 * - On /zh/2023/edition/ it laid the whole page out in one task when the stylesheet landed: the
 *   longest layout 191–230 ms against 97–137 ms with the gate, for about the same work in all
 *   (254–314 ms against 241–355 ms); first paint at 852–959 ms against 636–725 ms.
 * The cost: the body is no longer parsed while the stylesheet downloads, so DOMContentLoaded and
 * the page's module scripts (which wait for the stylesheet anyway) can come later by up to the
 * time the parse takes. Once the stylesheet is cached, as on every page after the first, the
 * wait is only as long as reading it from the cache.
 *
 * Conditions, all met here: the script is classic, inline, non-empty (preparing a script with
 * empty source text stops before it could block the parser), and allowed by the CSP. A hash that
 * does not match blocks the script before it would wait, so the gate would silently open, with
 * only a CSP error in the console: tests/dist/html.test.ts checks every page's policy allows
 * every inline script, and tests/e2e/layout.spec.ts checks the parser really waits.
 *
 * Node only (node:crypto): the build imports this, never browser code.
 */
import { createHash } from 'node:crypto';

/** The script's whole text, as it stands inside `<script>`: a comment, since it only has to exist. */
export const styleGateSource = '/* waits for the stylesheet: src/routes/style-gate.ts */';

/** Its CSP source expression without quotes (`sha256-…`), as `security.csp.scriptDirective.hashes` takes it. */
export const styleGateHash: `sha256-${string}` = `sha256-${createHash('sha256').update(styleGateSource).digest('base64')}`;
