import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { textOnlyPreact } from './scripts/textOnlyPreact.ts';

/** decode/ and the packages only it uses: the panel page's decoder, one chunk of its own. */
const DECODE_MODULES = /\/decode\/|\/node_modules\/(?:io-ts|fp-ts|eventsource-parser|@cfworker\/json-schema)\//;
const PREACT_MODULES = /\/node_modules\/(?:preact|@preact\/signals|@preact\/signals-core)\//;

/**
 * A chunk is named after what it holds: an entry or a lazily loaded view by its module
 * (`panel`, `detailTabViews`, `MarkdownView`), a group by its name (`decode`, `preact`), and any
 * other chunk the bundler splits off (modules two pages or views share) `shared`, not after
 * whichever module it happened to start with.
 */
const chunkFileName = (chunk: { readonly name: string; readonly facadeModuleId: string | null }): string =>
  chunk.facadeModuleId === null && chunk.name !== 'decode' && chunk.name !== 'preact'
    ? 'assets/shared-[hash].js'
    : 'assets/[name]-[hash].js';

/**
 * Builds the extension pages for one browser: `vite build --mode chrome|firefox`. The code is the
 * same for both; browser differences live in the generated manifest (scripts/manifest.ts) and behind
 * single functions in extension/. scripts/build.ts runs both modes and writes the manifests.
 */
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));
  return {
    plugins: [textOnlyPreact(), preact()],
    base: './',
    publicDir: page('./extension/public'),
    build: {
      outDir: page(`./dist/${browser}`),
      emptyOutDir: true,
      target: ['chrome120', 'firefox128'],
      // The pages run under a CSP with connect-src 'none': the preload polyfill would fetch().
      modulePreload: { polyfill: false },
      sourcemap: false,
      rollupOptions: {
        input: { devtools: page('./extension/devtools.html'), panel: page('./extension/panel.html') },
        output: {
          chunkFileNames: chunkFileName,
          codeSplitting: {
            groups: [
              { name: 'decode', test: DECODE_MODULES },
              { name: 'preact', test: PREACT_MODULES },
            ],
          },
        },
      },
    },
  };
});
