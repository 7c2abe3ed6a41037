import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Builds the demo chat page into dist/demo/, which demo/server.ts serves at `/`:
 * `vite build --config demo/vite.config.ts` (part of `npm run build`). The root is this folder
 * whatever the working directory, because scripts/build.ts passes no root.
 */
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: at('./'),
  base: '/',
  publicDir: false,
  build: {
    outDir: at('../dist/demo'),
    emptyOutDir: true,
    target: ['chrome120', 'firefox128'],
    // The SDKs (openai, @mistralai/mistralai, ai with zod, @anthropic-ai/sdk, @google/genai, ollama)
    // make one bundle well over the default 500 kB warning (2.1 MB); it is a local demo, so size is not a concern.
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
});
