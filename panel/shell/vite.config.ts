import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { FIXTURE_DIR } from '../../testing/fixtureFiles';

/**
 * The inline shell, not part of the extension build:
 *   npx vite --config panel/shell/vite.config.ts            (dev server; open /shell/shell.html)
 *   npx vite build --config panel/shell/vite.config.ts      (static copy in dist/shell)
 * The recorded bodies live outside the project (testing/fixtureFiles.ts says where): the shell
 * imports them as `@recorded/<name>?raw`, and the dev server must be allowed to read them.
 */
const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: path('..'),
  base: './',
  plugins: [preact()],
  resolve: { alias: { '@recorded': FIXTURE_DIR } },
  server: { fs: { allow: [path('../..'), FIXTURE_DIR] } },
  build: {
    outDir: path('../../dist/shell'),
    emptyOutDir: true,
    rollupOptions: { input: { shell: path('./shell.html') } },
  },
});
