/**
 * The demo's local server: replays recorded provider bodies for chat completions and for the other
 * wire formats (formats/), serves non-chat APIs and the built demo page. Loopback only.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleChatCompletion } from './chat-route';
import type { ChatRouteOptions } from './chat-route';
import { FIXTURE_DIR } from '../testing/fixtureFiles';
import { listFixtures } from './fixtures';
import { handleHostile, isHostilePath } from './hostile-route';
import { handleSchemaCase, isSchemaPath } from './schema-route';
import { sendJsonError } from './json-error';
import { DEFAULT_PACING_MS, DEFAULT_STREAM_CAP_MS } from './sse-pacing';
import { DEMO_DIST_DIR, serveStatic } from './static-files';
import { WEATHER_BODY } from './weather-route';
import { formatRoute } from './formats/format-routes';
import type { AiSdkRouteOptions } from './formats/ai-sdk-routes';

export type DemoServerOptions = {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** A loopback address; default 127.0.0.1. */
  host?: string;
  /** Delay between two SSE events in ms (default 15); 0 writes a stream as fast as possible. */
  pacingMs?: number;
  /** Upper bound on one stream's total pacing in ms (default 1500): long recordings speed up. */
  streamCapMs?: number;
  /** Where the built page is; default dist/demo beside the project root. */
  staticDir?: string;
};

export type DemoServer = {
  /** e.g. `http://127.0.0.1:40123`, no trailing slash. */
  url: string;
  close(): Promise<void>;
};

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/;

function setCors(req: IncomingMessage, res: ServerResponse): void {
  // The page and API share an origin; these only matter when an SDK is pointed here from elsewhere.
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  // Echo what was asked rather than '*': SDKs send x-stainless-*, x-demo-fixture, authorization, and
  // Anthropic's browser SDK x-api-key, anthropic-version, anthropic-dangerous-direct-browser-access
  // (a '*' would not cover authorization, per the Fetch standard).
  res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? '*');
  res.setHeader('access-control-expose-headers', 'x-demo-fixture, x-demo-note, x-vercel-ai-ui-message-stream, x-vercel-ai-data-stream');
  res.setHeader('access-control-max-age', '600');
}

type RouteOptions = { readonly chat: ChatRouteOptions; readonly formats: AiSdkRouteOptions; readonly staticDir: string };

function route(req: IncomingMessage, res: ServerResponse, { chat, formats, staticDir }: RouteOptions): Promise<void> | void {
  setCors(req, res);
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  const { pathname } = url;
  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    res.end();
    return;
  }
  // Broken and malicious answers for the e2e tests (hostile-route.ts), before the replaying route.
  if (isHostilePath(pathname) && req.method === 'POST') return handleHostile(req, res, pathname);
  // Answers that break the schemas their requests carried (issue 15, schema-route.ts).
  if (isSchemaPath(pathname) && req.method === 'POST') return handleSchemaCase(req, res, pathname);
  // Any prefix: /v1/chat/completions (OpenAI, Mistral), /openai/deployments/<name>/chat/completions (Azure).
  if (pathname.endsWith('/chat/completions')) {
    if (req.method === 'POST') return handleChatCompletion(req, res, chat);
    sendJsonError(res, 405, 'method_not_allowed', `Use POST for ${pathname}.`);
    return;
  }
  // Anthropic, Gemini, Responses, Ollama, the AI SDK app routes and the non-LLM lookalikes (issue 13).
  const format = formatRoute(req.method ?? 'GET', url, formats);
  if (format !== null) return format(req, res);
  if (pathname === '/api/weather' && req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(WEATHER_BODY));
    return;
  }
  if (req.method === 'GET' && serveStatic(pathname, res, staticDir)) return;
  sendJsonError(res, 404, 'not_found', `No route for ${req.method ?? 'GET'} ${pathname} on the demo server.`);
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.test(host)) throw new Error(`The demo server listens on loopback only, not on '${host}'.`);
  const chat: ChatRouteOptions = {
    fixtures: listFixtures(FIXTURE_DIR),
    fixtureDir: FIXTURE_DIR,
    pacingMs: options.pacingMs ?? DEFAULT_PACING_MS,
    streamCapMs: options.streamCapMs ?? DEFAULT_STREAM_CAP_MS,
  };
  let selfOrigin = '';
  const formats: AiSdkRouteOptions = { pacingMs: chat.pacingMs, streamCapMs: chat.streamCapMs, selfOrigin: () => selfOrigin };
  const server = createServer((req, res) => {
    Promise.resolve(route(req, res, { chat, formats, staticDir: options.staticDir ?? DEMO_DIST_DIR })).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJsonError(res, 500, 'demo_server_error', error instanceof Error ? error.message : String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the demo server is not listening on a TCP port');
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  // The AI SDK routes call this server's own /v1 as their provider: the listening address, never
  // the request's Host header (which would let a request send the server elsewhere).
  selfOrigin = `http://${shownHost}:${address.port}`;
  return {
    url: selfOrigin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        // Chromium keeps idle keep-alive connections open; without this close() waits for them.
        server.closeAllConnections();
      }),
  };
}
