import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The loopback servers of the Live load benchmark (bench/liveLoad.ts): paced Chat Completions
 * streams shaped as OpenAI sends them (a role chunk, one word of content a chunk with id, model,
 * created and system_fingerprint, a finish chunk, a usage chunk, `[DONE]`). Chromium opens at most
 * 6 connections to one host and port, so 20 concurrent streams need several origins: the page is
 * served by the first server and its streams spread over all of them, each answering with
 * `access-control-allow-origin: *` (a text/plain POST is a simple request: no preflight).
 */

const WORDS = ['The', ' model', ' streams', ' its', ' answer', ' one', ' token', ' at', ' a', ' time,', ' as', ' usual', '.'];
const PAGE = '<!doctype html><meta charset="utf-8"><title>live load</title><p>live load</p>';

export type LiveLoadServers = {
  /** The page's URL (the first server). */
  readonly pageUrl: string;
  /** The base URL of every server, the page's first. */
  readonly origins: readonly string[];
  /** Streams whose connection closed before their last event was written. */
  readonly cutShort: () => number;
  readonly close: () => Promise<void>;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const chunk = (id: string, delta: object, finish: string | null, extra: object = {}): string =>
  `data: ${JSON.stringify({
    id,
    object: 'chat.completion.chunk',
    created: 1764061200,
    model: 'gpt-4o-mini-2024-07-18',
    system_fingerprint: 'fp_bench',
    choices: finish === 'usage' ? [] : [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...extra,
  })}\n\n`;

/** Event `index` of a stream of `words` words: role first, then the words, the finish, the usage, [DONE]. */
export const liveLoadEvent = (id: string, index: number, words: number): string => {
  if (index === 0) return chunk(id, { role: 'assistant', content: '', refusal: null }, null);
  if (index <= words) return chunk(id, { content: WORDS[(index - 1) % WORDS.length] ?? '' }, null);
  if (index === words + 1) return chunk(id, {}, 'stop');
  if (index === words + 2)
    return chunk(id, {}, 'usage', { usage: { prompt_tokens: 24, completion_tokens: words, total_tokens: 24 + words } });
  return 'data: [DONE]\n\n';
};

const numberParam = (url: URL, name: string, fallback: number): number => {
  const value = Number(url.searchParams.get(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

async function writeStream(res: ServerResponse, url: URL, cut: () => void): Promise<void> {
  const id = `chatcmpl-${url.searchParams.get('id') ?? 'bench'}`;
  const words = numberParam(url, 'words', 10);
  const pace = numberParam(url, 'pace', 20);
  const start = Date.now();
  const events = words + 4;
  for (let index = 0; index < events; index += 1) {
    const wait = start + index * pace - Date.now();
    if (wait > 0) await sleep(wait);
    if (res.destroyed) {
      cut();
      return;
    }
    res.write(liveLoadEvent(id, index, words));
  }
  res.end();
}

function route(req: IncomingMessage, res: ServerResponse, cut: () => void): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  req.resume();
  if (url.pathname === '/v1/chat/completions' && req.method === 'POST') {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    });
    res.flushHeaders();
    void writeStream(res, url, cut);
  } else if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

export async function startLiveLoadServers(count: number): Promise<LiveLoadServers> {
  let cutShort = 0;
  const servers = Array.from({ length: count }, () =>
    createServer((req, res) => {
      route(req, res, () => {
        cutShort += 1;
      });
    }),
  );
  const origins = await Promise.all(servers.map(listen));
  return {
    pageUrl: `${origins[0] ?? ''}/`,
    origins,
    cutShort: () => cutShort,
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => {
                resolve();
              });
            }),
        ),
      );
    },
  };
}
