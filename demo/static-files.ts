/**
 * Serves the built demo page (`dist/demo/`, written by `vite build --config demo/vite.config.ts`).
 */
import type { ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_DIST_DIR = fileURLToPath(new URL('../dist/demo/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
};

const NOT_BUILT_PAGE = `<!doctype html>
<meta charset="utf-8">
<title>Demo page not built</title>
<body style="font: 16px system-ui, sans-serif; margin: 3rem; max-width: 40rem">
<h1>The demo page is not built yet</h1>
<p>Run <code>npm run build</code> (or <code>npx vite build --config demo/vite.config.ts</code>) and reload.
The chat-completion API of this server works already: <code>POST /v1/chat/completions</code>.</p>
</body>
`;

/** Answers a GET for `pathname` from `dir`; false when no such file (the caller answers 404). */
export function serveStatic(pathname: string, res: ServerResponse, dir: string = DEMO_DIST_DIR): boolean {
  if (!existsSync(dir)) {
    if (pathname !== '/' && pathname !== '/index.html') return false;
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8' });
    res.end(NOT_BUILT_PAGE);
    return true;
  }
  let relative: string;
  try {
    relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return false; // malformed percent-encoding
  }
  const file = resolve(dir, relative);
  // Refuse anything that resolves outside dist/demo (`/../package.json`, encoded dot segments).
  if (!file.startsWith(resolve(dir) + sep) || !existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  res.end(readFileSync(file));
  return true;
}
