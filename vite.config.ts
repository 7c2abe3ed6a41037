import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { textOnlyPreact } from './scripts/textOnlyPreact.ts';

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
      },
    },
  };
});
