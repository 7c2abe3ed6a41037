import { build } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from './benchmark';
import { gzipSize, pageOf } from './bundlePages';
import type { BuiltChunk, BuiltItem, PageBundle } from './bundlePages';
import { dependencyShares } from './dependencyShares';
import { budgetFor } from './budgets';
import { fixed, kib, markdownTable, percent } from './markdown';
import type { Figure } from './results';

/**
 * Issue 6, item 6: what each extension page loads, gzipped. The extension is built in memory with
 * the project's own vite.config.ts (Chrome mode; Firefox's build is the same code), so dist/ is left alone.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const buildInMemory = async (): Promise<BuiltItem[]> => {
  // write: false keeps the output in memory; the outDir is a throwaway so nothing can empty dist/.
  const outDir = mkdtempSync(join(tmpdir(), 'llm-inspector-size-'));
  try {
    const result = await build({
      configFile: join(ROOT, 'vite.config.ts'),
      root: ROOT,
      mode: 'chrome',
      logLevel: 'silent',
      build: { write: false, outDir, emptyOutDir: false },
    });
    const outputs = Array.isArray(result) ? result : [result];
    return outputs.flatMap((output) => ('output' in output ? output.output : []));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
};

const fileRows = (page: PageBundle): string[][] =>
  page.files.map((file) => [
    `\`${file.fileName}\` (${file.role})`,
    file.firstPaint ? 'before the first paint' : 'when first used',
    kib(file.bytes),
    kib(file.gzip),
  ]);

const shareRows = (page: PageBundle, chunks: readonly BuiltChunk[]): string[][] =>
  dependencyShares(chunks, page.jsGzip).map((share) => [
    share.name,
    kib(share.renderedBytes),
    kib(share.gzipAlone),
    kib(share.estimatedGzip),
    percent(share.fraction),
  ]);

/** Item 7 of the issue: a missed budget says what bounds it. */
const missedBudget = (figureId: string, page: PageBundle): string[] => {
  const budget = budgetFor(figureId);
  if (budget === undefined || page.gzip <= budget.max) return [];
  const largest = dependencyShares(page.chunks, page.jsGzip).slice(0, 4);
  return [
    '',
    `**Over the budget by ${kib(page.gzip - budget.max)}** (${kib(page.gzip)} against ≤ ${kib(budget.max)}). What bounds it: ${largest.map((share) => `${share.name} ≈ ${kib(share.estimatedGzip)}`).join(', ')}; the files it loads are listed above.`,
  ];
};

const pageSection = (title: string, figureId: string, page: PageBundle): string[] => [
  `### ${title}: ${kib(page.gzip)} gzipped`,
  '',
  ...markdownTable(['file', 'loaded', 'bytes', 'gzip'], fileRows(page)),
  '',
  ...markdownTable(
    ['loaded', 'gzip'],
    [
      ['before the first paint (the entry, the chunks it imports statically, their CSS)', kib(page.firstPaintGzip)],
      ['when first used (lazily loaded chunks and their CSS)', kib(page.gzip - page.firstPaintGzip)],
      ['in all', kib(page.gzip)],
    ],
  ),
  '',
  "Share of each dependency in its JavaScript (rendered code before minifying; gzip of that code alone; its share of the page's gzipped JavaScript, estimated in proportion to the gzip-alone sizes):",
  '',
  ...markdownTable(['dependency', 'rendered', 'gzip alone', '≈ gzip in page', 'share'], shareRows(page, page.chunks)),
  ...missedBudget(figureId, page),
];

export const bundleSizeBenchmark: Benchmark = {
  id: 'size',
  title: 'Size of the extension pages',
  run: async ({ log }) => {
    log('size: building the extension in memory (vite, Chrome mode)');
    const items = await buildInMemory();
    const panel = pageOf(items, 'panel');
    const devtools = pageOf(items, 'devtools');
    const figures: Figure[] = [
      { id: 'size.panel.gzip', label: 'panel page: JavaScript + CSS, gzipped', value: panel.gzip, unit: 'bytes' },
      { id: 'size.panel.jsGzip', label: 'panel page: JavaScript, gzipped', value: panel.jsGzip, unit: 'bytes' },
      { id: 'size.panel.cssGzip', label: 'panel page: CSS, gzipped', value: panel.gzip - panel.jsGzip, unit: 'bytes' },
      {
        // Issue 16, item 4: what the first paint waits for, the lazy chunks (detail tabs, Markdown) and their CSS left out.
        id: 'size.panel.firstPaintGzip',
        label: 'panel page before its first paint (entry, its static imports, their CSS), gzipped',
        value: panel.firstPaintGzip,
        unit: 'bytes',
      },
      { id: 'size.devtools.gzip', label: 'devtools page: entry + the chunks it imports, gzipped', value: devtools.gzip, unit: 'bytes' },
    ];
    return {
      figures,
      details: [
        `Built in memory with the project's vite.config.ts in Chrome mode (the Firefox build is the same code). A page counts its entry chunk, every chunk it imports (statically or lazily) and their CSS; a chunk shared by both pages counts in each. Sizes are gzip at zlib's default level (6), as \`gzip\` and Vite's own report use; ${fixed(gzipSize(''), 0)} bytes is the gzip of nothing, so tiny files cost at least that.`,
        '',
        ...pageSection('Panel page', 'size.panel.gzip', panel),
        '',
        ...pageSection('Devtools page', 'size.devtools.gzip', devtools),
      ],
    };
  },
};
