/**
 * Generates each browser's manifest from the one source manifest.json, so no per-browser copy can
 * drift (vuejs/devtools kept two and they did). Differences are data: keys one browser rejects or
 * warns about are removed for it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Browser = 'chrome' | 'firefox';

/** Keys that only one browser understands; the other warns ("Unrecognized manifest key"). */
const ONLY_FOR: Record<string, Browser> = {
  browser_specific_settings: 'firefox',
  minimum_chrome_version: 'chrome',
  key: 'chrome',
};

/** The extension reads the network through DevTools only: it must never ask for a permission. */
const FORBIDDEN = ['permissions', 'host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_scripts', 'background'];

export function manifestFor(source: Readonly<Record<string, unknown>>, browser: Browser): Record<string, unknown> {
  const present = FORBIDDEN.filter((key) => key in source);
  if (present.length > 0) throw new Error(`manifest.json must not declare ${present.join(', ')}: the extension asks for no permission`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const only = ONLY_FOR[key];
    if (only === undefined || only === browser) out[key] = value;
  }
  return out;
}

/** Reads the source manifest.json and writes `browser`'s manifest into the built extension's folder. */
export function writeManifest(sourceFile: string, outDir: string, browser: Browser): void {
  const source: unknown = JSON.parse(readFileSync(sourceFile, 'utf8'));
  if (typeof source !== 'object' || source === null) throw new Error(`${sourceFile} is not a JSON object`);
  const manifest = manifestFor(Object.fromEntries(Object.entries(source)), browser);
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}
