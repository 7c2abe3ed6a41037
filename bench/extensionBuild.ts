import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { writeManifest } from '../scripts/manifest';

/**
 * The Chrome extension built from the working tree into a temporary folder, as `npm run build`
 * builds dist/chrome (same vite.config.ts, same manifest generator), so a benchmark measures the
 * code as it is now and never reads or empties a dist/ that someone else may be using.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BuiltExtension {
  readonly dir: string;
  readonly remove: () => void;
}

export const buildChromeExtension = async (): Promise<BuiltExtension> => {
  const dir = mkdtempSync(join(tmpdir(), 'llm-inspector-bench-ext-'));
  try {
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      root: ROOT,
      mode: 'chrome',
      logLevel: 'silent',
      build: { outDir: dir, emptyOutDir: true },
    });
    writeManifest(join(ROOT, 'manifest.json'), dir, 'chrome');
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
