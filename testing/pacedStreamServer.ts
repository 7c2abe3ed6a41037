/**
 * A loopback server for the Live tap's checks (e2e/liveTap.spec.ts, bench/liveDrain.ts): paced
 * streams whose every write and whose connection's end it records, so a test can compare the
 * tap's arrival times with the server's and see that a cancel really closed the connection.
 * Node only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StreamLog = {
  /** Epoch ms of each event's write (the first byte of it). */
  writes: number[];
  /** Epoch ms when the connection closed, and whether the server had written everything by then. */
  closedAt: number | null;
  finished: boolean;
  events: number;
};

export type PacedStreamServer = {
  url: string;
  /** What happened to the stream requested with `?id=`. */
  log(id: string): StreamLog | undefined;
  close(): Promise<void>;
};

/** The text of event i: multi-byte characters, so a chunk can end inside one. */
export const pacedWord = (index: number): string => `wörd ${index} ✓ `;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const PAGE = '<!doctype html><meta charset="utf-8"><title>paced streams</title><p>paced streams</p>';

function numberParam(url: URL, name: string, fallback: number): number {
  const value = Number(url.searchParams.get(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Chat Completions chunks, or for `/sse` named and unnamed events ending with `event: done`. */
function eventText(kind: 'chat' | 'sse', index: number, last: boolean, padding: number): string {
  if (kind === 'sse') {
    if (last) return 'event: done\ndata: end\n\n';
    return index % 2 === 0
      ? `data: ${pacedWord(index)}\n\n`
      : `event: delta\nid: ${index}\ndata: ${pacedWord(index)}\ndata: second line\n\n`;
  }
  if (last) return 'data: [DONE]\n\n';
  const content = pacedWord(index) + 'x'.repeat(padding);
  return `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content } }] })}\n\n`;
}

async function writePaced(res: ServerResponse, log: StreamLog, kind: 'chat' | 'sse', url: URL): Promise<void> {
  const events = numberParam(url, 'events', 6);
  const pace = numberParam(url, 'pace', 20);
  const padding = numberParam(url, 'padding', 0);
  // `delay`: a wait before the first event (after the headers), so time to first token differs from time to first byte.
  const start = Date.now() + numberParam(url, 'delay', 0);
  const gone = () => res.destroyed;
  for (let index = 0; index <= events; index += 1) {
    const wait = start + index * pace - Date.now();
    if (wait > 0) await sleep(wait);
    if (gone()) return;
    const bytes = Buffer.from(eventText(kind, index, index === events, padding));
    log.writes.push(Date.now());
    // The second event is written in two pieces split inside a character: the page must see one text.
    if (index === 1 && bytes.length > 8) {
      const split = bytes.indexOf(Buffer.from('ö')) + 1;
      res.write(bytes.subarray(0, split));
      await sleep(5);
      if (gone()) return;
      res.write(bytes.subarray(split));
    } else res.write(bytes);
  }
  res.end();
}

function route(req: IncomingMessage, res: ServerResponse, logs: Map<string, StreamLog>): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const id = url.searchParams.get('id') ?? 'anonymous';
  const stream = (kind: 'chat' | 'sse') => {
    const log: StreamLog = { writes: [], closedAt: null, finished: false, events: numberParam(url, 'events', 6) };
    logs.set(id, log);
    res.on('close', () => {
      log.closedAt = Date.now();
      log.finished = res.writableFinished;
    });
    // no-cache, not no-store: Chromium 156 gave DevTools no body for this stream when it was sent
    // with no-store (getContent answered null in 8 of 8 runs without Live, and in about half with
    // it), so e2e/live's browser record could not confirm the live row; with no-cache, 6 of 6 had it.
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-paced': id });
    res.flushHeaders();
    void writePaced(res, log, kind, url);
  };
  req.resume();
  if (url.pathname === '/v1/chat/completions' && req.method === 'POST') {
    if (url.searchParams.get('format') === 'json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: pacedWord(1) } }] }),
      );
    } else stream('chat');
  } else if (url.pathname === '/sse') stream('sse');
  else if (url.pathname === '/redirect') {
    res.writeHead(307, { location: `/v1/chat/completions${url.search}` });
    res.end();
  } else if (url.pathname === '/plain.json') {
    res.writeHead(200, { 'content-type': 'application/json', 'x-plain': 'yes' });
    res.end('{"plain":true,"text":"ünïcode"}');
  } else if (url.pathname === '/' || url.pathname === '/other') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}

export async function startPacedStreamServer(): Promise<PacedStreamServer> {
  const logs = new Map<string, StreamLog>();
  const server = createServer((req, res) => {
    route(req, res, logs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log: (id) => logs.get(id),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
