import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './chromium';
import { withTimeout } from './polling';

/** The unpacked Chrome extension `npm run build` writes. */
export const CHROME_DIST = fileURLToPath(new URL('../dist/chrome', import.meta.url));

export interface LaunchOptions {
  headless: boolean;
  extensionDir?: string;
  windowSize?: { width: number; height: number };
  /** Open DevTools on every tab (the default); false for a tab showing the panel page itself (browser/extensionTab.ts). */
  devtools?: boolean;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The first tab; DevTools is already open on it (--auto-open-devtools-for-tabs). */
  page: Page;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded unpacked and DevTools opening for every tab. */
export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_DIST;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir}/manifest.json not found: run npm run build first`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run npx tsx scripts/ensure-browsers.ts`);
  const { width, height } = options.windowSize ?? { width: 1400, height: 900 };
  const userDataDir = mkdtempSync(join(tmpdir(), 'llm-inspector-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless,
    viewport: null,
    // Playwright adds --disable-extensions by default, which would refuse the unpacked extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    timeout: 30_000,
    // Callers close the browser themselves (test fixtures, npm start's Ctrl+C handler).
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.devtools === false ? [] : ['--auto-open-devtools-for-tabs']),
      `--window-size=${width},${height}`,
      '--no-sandbox',
      '--disable-gpu',
      // This machine has no internet: background fetches (component updates, sync, QUIC probes)
      // only stall and add noise to the Network panel.
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await withTimeout(context.close(), 15_000, 'closing Chromium').catch((error: unknown) => {
      console.error(error);
    });
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, page, close };
}
