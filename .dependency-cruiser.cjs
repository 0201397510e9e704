/**
 * The layers of src/, lowest first. A module may import from its own layer or any layer below it,
 * never from one above: so content rules (checks) never depend on how a page looks, and the chart
 * builders never depend on the pages that show them. `npm test` runs `npm run lint:layers`.
 * See src/README.md for what each layer holds.
 */
const layers = [
  ['schemas', 'config.ts'], // Zod schemas of content/ and the operator's settings
  ['i18n'], // languages, dictionaries, number and date formatting
  ['model'], // the content as loaded: look-ups, figures, stories, errors
  ['routes'], // every URL and HTTP header the site answers with; its CSP and the inline script it allows
  ['charts'], // chart builders and their kit: (data, size, language) → SVG
  ['views'], // what one page kind shows, computed once (chart view, figure view)
  ['share'], // preview pictures, downloads, embeds, QR, open data
  ['checks'], // every content check: check:content and the build share them
  ['editor', 'bench', 'browser'], // scaffolds and translation status; benchmark budgets; browser scripts
  ['integrations', 'content.config.ts'], // Astro integrations and the collections
  ['components', 'layouts', 'pages'], // Astro: render what the layers below computed
];
const pattern = (names) => `^src/(${names.map((n) => n.replace('.', '\\.')).join('|')})`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles hide which module owns what; move the shared part to a lower layer.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...layers.slice(0, -1).map((names, i) => ({
      name: `layer-${names[0]}-points-down`,
      severity: 'error',
      comment: `src/${names.join(', src/')} may only import from layers below it (see .dependency-cruiser.cjs).`,
      from: { path: pattern(names) },
      to: { path: pattern(layers.slice(i + 1).flat()) },
    })),
    {
      name: 'no-import-of-scripts-or-tests',
      severity: 'error',
      comment: 'The site never depends on the command-line scripts or the tests.',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    extraExtensionsToScan: ['.astro'],
  },
};
