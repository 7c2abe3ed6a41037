/**
 * The rooms and the arrows between them (see "How the code is organized" in README.md), checked by
 * `npm run lint:rooms` in `npm test`. Data flows one way: browser → extension → decode → panel;
 * cli feeds decode from files. A rule's comment says why it exists.
 */
const TEST = '\\.test\\.tsx?$';
const PRODUCT_ROOMS = '^(decode|panel|extension|cli)/';
/** Test support: fixtures readers, builders and fakes; never part of what ships. */
const TEST_SUPPORT = '^(testing|panel/testing|panel/shell)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: "An import cycle makes a module's meaning depend on load order; none exists, keep it so.",
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'decode-is-pure',
      comment:
        'decode/ runs in the panel, the CLI and the tests alike: it imports only itself and its codec and SSE libraries, never a DOM, Node or browser API.',
      severity: 'error',
      from: { path: '^decode/', pathNot: TEST },
      to: { pathNot: ['^decode/', '(^|/)node_modules/(io-ts|fp-ts|eventsource-parser|@cfworker/json-schema)/'] },
    },
    {
      name: 'decode-only-through-its-entry',
      comment: 'Others use decode/ only through decode/index.ts, its public surface, so decode/ can be reshaped inside.',
      severity: 'error',
      from: { path: '^(panel|cli|extension|bench|e2e|demo|scripts|browser|panelHarness|testing)/' },
      to: { path: '^decode/', pathNot: '^decode/index\\.ts$' },
    },
    {
      name: 'panel-never-imports-extension',
      comment:
        'panel/ receives its NetworkSource from the entry point (extension/panelPage.tsx); it must run in the shell and tests without a browser.',
      severity: 'error',
      from: { path: '^panel/' },
      to: { path: '^extension/' },
    },
    {
      name: 'panel-no-node',
      comment: 'panel/ runs in an extension page: no Node built-in outside its tests and test support.',
      severity: 'error',
      from: { path: '^panel/', pathNot: [TEST, TEST_SUPPORT] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'extension-no-node',
      comment: 'extension/ runs in the browser: no Node built-in outside its tests.',
      severity: 'error',
      from: { path: '^extension/', pathNot: TEST },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'product-without-test-rooms',
      comment:
        'What ships (decode, panel, extension, cli) never imports tests, test support, the demo, the benchmarks or the browser driver.',
      severity: 'error',
      from: { path: PRODUCT_ROOMS, pathNot: [TEST, TEST_SUPPORT] },
      to: { path: ['^(testing|e2e|bench|demo|scripts|browser)/', TEST_SUPPORT, TEST] },
    },
    {
      name: 'cli-and-decode-not-panel',
      comment: 'The CLI and decode/ know nothing of the UI or the browser.',
      severity: 'error',
      from: { path: '^(cli|decode)/' },
      to: { path: '^(panel|extension)/' },
    },
    {
      name: 'e2e-and-bench-apart',
      comment: 'e2e and bench share the browser driver (browser/), never each other.',
      severity: 'error',
      from: { path: '^(e2e|bench)/' },
      to: { path: '^(e2e|bench)/', pathNot: '^$1/' },
    },
    {
      name: 'scripts-not-tests',
      comment: 'npm start and the build drive the browser through browser/, not through the test suites.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^(e2e|bench)/' },
    },
    {
      name: 'browser-driver-is-generic',
      comment: "browser/ launches browsers and attaches to DevTools; it knows nothing of the product's code or the tests.",
      severity: 'error',
      from: { path: '^browser/' },
      to: { path: '^(decode|panel|extension|cli|e2e|bench|testing)/' },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead code (entry points, tests, configs and declaration files excepted).',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: [
          TEST,
          '\\.d\\.ts$',
          '(^|/)(vite|vitest|playwright|eslint)\\.config\\.[jt]s$',
          '^\\.dependency-cruiser\\.cjs$',
          '\\.spec\\.ts$',
          '\\.firefox\\.ts$',
          '^extension/(devtools|panelPage)\\.tsx?$',
          '^panel/shell/',
          '^cli/bin\\.mjs$',
          '^scripts/',
          '^bench/run\\.ts$',
          '^bench/check\\.ts$',
          '^demo/',
        ],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
