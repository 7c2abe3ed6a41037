import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, test, expect } from '@playwright/test';
import { build, transformWithEsbuild, type Rolldown } from 'vite';
import { CHROMIUM } from '../browser/chromium';
import type * as PageTapModule from '../extension/live/pageTap';
import { startPacedStreamServer } from '../testing/pacedStreamServer';

/**
 * The tap is serialised with Function.prototype.toString, so what runs in the page is whatever the
 * bundler made of it. Built here as the extension's build does (Vite, minified), and that output
 * again through esbuild with keepNames, which wraps inner functions in a module-level `__name`
 * helper: the install expression must work from both. (Minified and with keepNames, esbuild renames
 * that helper and the serialised tap could not find it: the build must not combine the two.)
 */
type Variant = 'vite' | 'esbuild keepNames';
const PAGE_TAP = fileURLToPath(new URL('../extension/live/pageTap.ts', import.meta.url));

async function bundledPageTap(outFile: string, variant: Variant): Promise<typeof PageTapModule> {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: ['chrome120', 'firefox128'],
      lib: { entry: PAGE_TAP, formats: ['es'], fileName: 'pageTap' },
    },
  });
  const [output] = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
  const chunk = output?.output[0];
  if (chunk?.type !== 'chunk') throw new Error('vite built no chunk');
  let code = chunk.code;
  if (variant === 'esbuild keepNames') {
    code = (await transformWithEsbuild(code, 'pageTap.mjs', { keepNames: true, format: 'esm' })).code;
    const inPageTap = code.slice(code.indexOf('llm-network-inspector.tap'));
    expect(inPageTap, 'keepNames wrapped inner functions in __name, the case the expression guards against').toMatch(/__name\(/);
  }
  writeFileSync(outFile, code);
  return (await import(pathToFileURL(outFile).href)) as typeof PageTapModule;
}

for (const variant of ['vite', 'esbuild keepNames'] as const)
  test(`the tap bundled by ${variant} installs and records a stream`, async ({ browserName: _unused }, testInfo) => {
    const bundled = await bundledPageTap(testInfo.outputPath('pageTap.mjs'), variant);
    const server = await startPacedStreamServer();
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      expect(typeof (await page.evaluate<unknown>(bundled.tapInstallExpression(bundled.DEFAULT_TAP_CONFIG)))).toBe('string');
      const text = await page.evaluate(async (target) => {
        const response = await fetch(target, { method: 'POST', body: '{"messages":[]}' });
        return response.text();
      }, `${server.url}/v1/chat/completions?id=bundled&events=3&pace=10`);
      const drained = JSON.parse(String(await page.evaluate<unknown>(bundled.tapDrainExpression()))) as {
        requests: { chunks: { text: string }[] }[];
      };
      expect(drained.requests[0]?.chunks.map((chunk) => chunk.text).join('')).toBe(text);
    } finally {
      await browser.close();
      await server.close();
    }
  });
