/**
 * The style gate: the tiny inline script every page of the site opens its `<body>` with
 * (src/layouts/BaseLayout.astro), and the hash that lets it run under the CSP.
 *
 * A classic inline script makes the HTML parser wait for the stylesheets above it before it runs
 * (HTML Standard, §13.2.6.3 "script-blocking style sheet"; Chromium does the same). So the body is
 * parsed only once the stylesheet has arrived, and the browser then lays the page out as it
 * parses it, in slices, with a first paint after the first slice. Without the gate, when the
 * stylesheet lands after the HTML has been parsed (a short HTML page, or the stylesheet's
 * response late), Chromium instead:
 * - lays out the whole page unstyled at the end of parsing, if the page has a form field (every
 *   page has the header's search box): its autofill reads the fields' layout when the document
 *   finishes parsing. That layout is thrown away when the stylesheet lands. Measured on
 *   /zh/charts/ with the stylesheet held 300 ms (/tmp probe `slowcss.mjs`, Chromium 156): 1,402
 *   elements styled and 2,029 objects laid out for nothing, 127–173 ms of main thread;
 * - and lays the whole page out in one task when the stylesheet lands: on /zh/2023/edition/ one
 *   309 ms task, against 138, 56, 15, 29 and 6 ms with the gate; first paint 954 → 731 ms.
 * Parsing resumes as soon as the stylesheet is in, which the first paint waits for anyway, and
 * the preload scanner goes on fetching what the page needs meanwhile.
 *
 * The script does nothing else. It cannot be empty: the parser never prepares an empty script,
 * so an empty one does not wait. Browsers without JavaScript skip it, and lose nothing else.
 */
import { createHash } from 'node:crypto';

/** The script's whole text (a comment: it only has to exist), as it appears inside `<script>`. */
export const styleGateScript = '/* waits for the stylesheet: src/routes/style-gate.ts */';

/** Its CSP source expression without quotes (`sha256-…`), as `security.csp.scriptDirective.hashes` takes it. */
export const styleGateHash: `sha256-${string}` = `sha256-${createHash('sha256').update(styleGateScript).digest('base64')}`;
