import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * The harness (entry.ts and what it imports) bundled into one classic script (an IIFE), built in
 * memory: it is evaluated in the panel page through CDP, because the page's CSP
 * (`script-src 'self'`) refuses any script tag that is not part of the extension.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The name the harness's frames carry in DevTools and profiles (a `sourceURL` comment gives evaluated code one). */
const HARNESS_SCRIPT_URL = 'panel-harness.js';

export const buildHarnessScript = async (): Promise<string> => {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      // Inline, so a profile taken in Chrome's Performance panel names the capture code the harness runs.
      sourcemap: 'inline',
      target: 'chrome120',
      lib: { entry: join(ROOT, 'panelHarness/entry.ts'), formats: ['iife'], name: 'llmPanelBenchHarness', fileName: () => 'harness.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((output) => ('output' in output ? output.output : [])).find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('bundling panelHarness/entry.ts produced no script');
  return `${chunk.code}\n//# sourceURL=${HARNESS_SCRIPT_URL}\n`;
};
