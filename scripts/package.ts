/**
 * `npm run package`: builds, then writes one store-ready archive per browser to dist/packages/:
 *   llm-network-inspector-<version>-firefox.zip  for addons.mozilla.org (`web-ext build`)
 *   llm-network-inspector-<version>-chrome.zip   for the Chrome Web Store (manifest at the root)
 * `--skip-build` packages dist/ as it is.
 *
 * Both archives are made by `web-ext build`, which only zips a directory (it reads name and
 * version from the manifest, lints nothing), so no zip library is needed. The Chrome archive is
 * zipped from a staging copy whose manifest has no `key`: a fixed key only serves unpacked test
 * installs, and the Chrome Web Store refuses an upload whose manifest has one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const WEB_EXT = at('node_modules/web-ext/bin/web-ext.js');
export const PACKAGES_DIR = at('dist/packages');

/** The Chrome Web Store manifest: the built one without `key` (see above). */
export function chromeStoreManifest(manifest: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(manifest).filter(([name]) => name !== 'key'));
}

export function archiveName(version: string, browser: 'chrome' | 'firefox'): string {
  return `llm-network-inspector-${version}-${browser}.zip`;
}

function readManifest(dir: string): Record<string, unknown> {
  const manifest: unknown = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
    throw new Error(`${dir}/manifest.json is not a JSON object`);
  return Object.fromEntries(Object.entries(manifest));
}

function webExtBuild(sourceDir: string, filename: string): string {
  const run = spawnSync(
    process.execPath,
    [
      WEB_EXT,
      'build',
      '--no-config-discovery',
      `--source-dir=${sourceDir}`,
      `--artifacts-dir=${PACKAGES_DIR}`,
      `--filename=${filename}`,
      '--overwrite-dest',
    ],
    { cwd: root, stdio: 'inherit', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`web-ext build of ${sourceDir} failed (exit ${run.status ?? run.signal ?? 'unknown'})`);
  const archive = join(PACKAGES_DIR, filename);
  if (!existsSync(archive)) throw new Error(`web-ext build said nothing went wrong but wrote no ${archive}`);
  return archive;
}

function packageAll(): string[] {
  const firefoxDir = at('dist/firefox');
  const chromeDir = at('dist/chrome');
  for (const dir of [firefoxDir, chromeDir]) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir}/manifest.json not found: run npm run build first`);
  }
  const version = readManifest(firefoxDir)['version'];
  if (typeof version !== 'string') throw new Error('dist/firefox/manifest.json has no version');
  mkdirSync(PACKAGES_DIR, { recursive: true });

  const archives = [webExtBuild(firefoxDir, archiveName(version, 'firefox'))];
  const staging = mkdtempSync(join(tmpdir(), 'llm-inspector-chrome-package-'));
  try {
    cpSync(chromeDir, staging, { recursive: true });
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(chromeStoreManifest(readManifest(chromeDir)), null, 2) + '\n');
    archives.push(webExtBuild(staging, archiveName(version, 'chrome')));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return archives;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values: flags } = parseArgs({ options: { 'skip-build': { type: 'boolean' } } });
  try {
    if (flags['skip-build'] !== true) {
      const build = spawnSync('npx', ['tsx', 'scripts/build.ts'], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('the build failed (see above)');
    }
    for (const archive of packageAll())
      console.log(`packaged ${archive.slice(root.length)} (${Math.round(statSync(archive).size / 1024)} KiB)`);
  } catch (error) {
    console.error(`npm run package failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
