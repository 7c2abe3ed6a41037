/**
 * `npm run build`: the extension for Chrome and Firefox (dist/chrome, dist/firefox, each loadable
 * unpacked) and the demo page (dist/demo).
 */
import { build } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeManifest, type Browser } from './manifest';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

async function buildExtension(browser: Browser): Promise<void> {
  await build({ configFile: at('vite.config.ts'), mode: browser, logLevel: 'warn', root });
  writeManifest(at('manifest.json'), at(`dist/${browser}`), browser);
  console.log(`built dist/${browser}`);
}

await buildExtension('chrome');
await buildExtension('firefox');
if (existsSync(at('demo/vite.config.ts'))) {
  await build({ configFile: at('demo/vite.config.ts'), logLevel: 'warn' });
  console.log('built dist/demo');
}
