import type { TapConfig } from './tapConfig';
import type { End, Header, Native, TapCore, Tracked } from './tapTypes';

/**
 * The Live tap's bookkeeping, shared by its wrappers (tapFetch.ts, tapXhr.ts, tapEventSource.ts):
 * recognition, the bounded buffer of chunks and the drain. Serialised into the page with
 * Function.prototype.toString (pageTap.ts), so it is self-contained: no imports at run time,
 * nothing from module scope, no async/await or class fields a bundler could rewrite into helpers.
 */
export function tapCore(config: TapConfig): TapCore {
  // The page's intrinsics as they are now: a page replacing them later does not reach into the tap.
  const stringify = JSON.stringify;
  const methodOf = (owner: object, name: string): Native => Reflect.get(owner, name) as Native;
  const call = (method: Native, self: unknown, args: readonly unknown[]): unknown => Reflect.apply(method, self, args);
  const timeOrigin = performance.timeOrigin;
  const now = (): number => timeOrigin + performance.now();
  const installId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const compile = (sources: readonly string[]): RegExp[] =>
    sources.flatMap((source) => {
      try {
        return [new RegExp(source, 'i')];
      } catch {
        return [];
      }
    });
  const postPatterns = compile(config.postUrlPatterns);
  const getPatterns = compile(config.getUrlPatterns);
  const [bodyHint] = compile([config.requestBodyHint]);
  const [streamType] = compile([config.streamContentType]);
  const [answerType] = compile([config.answerContentType]);

  let tracked: Tracked[] = [];
  let counter = 0;
  const buffered = { chunks: 0, bytes: 0 };
  const dropped = { chunks: 0, bytes: 0 };

  const byRequest = (method: string, url: string, body: string | null): 'url' | 'body' | null => {
    const patterns = method === 'POST' ? postPatterns : method === 'GET' ? getPatterns : [];
    if (patterns.some((pattern) => pattern.test(url))) return 'url';
    if (method === 'POST' && body !== null && bodyHint?.test(body.slice(0, config.maxBodySniffChars)) === true) return 'body';
    return null;
  };
  const headerOf = (headers: readonly Header[], name: string): string => headers.find(([key]) => key.toLowerCase() === name)?.[1] ?? '';
  const byResponse = (headers: readonly Header[]): boolean =>
    streamType?.test(headerOf(headers, 'content-type')) === true || config.streamHeaders.some((name) => headerOf(headers, name) !== '');
  const isAnswerType = (headers: readonly Header[]): boolean => answerType?.test(headerOf(headers, 'content-type')) === true;

  const track = (
    api: Tracked['api'],
    method: string,
    url: string,
    requestHeaders: Header[],
    body: string | null,
    startedAt: number,
  ): Tracked | null => {
    if (tracked.length >= config.maxTrackedRequests) return null;
    const cut = body !== null && body.length > config.maxRequestBodyChars;
    counter += 1;
    const entry: Tracked = {
      id: `${installId}-${counter}`,
      api,
      method,
      url,
      requestHeaders,
      requestBody: body === null ? null : cut ? body.slice(0, config.maxRequestBodyChars) : body,
      requestBodyCut: cut,
      startedAt,
      response: null,
      chunks: [],
      chunkBytes: 0,
      end: null,
      droppedChunks: 0,
      headJson: null,
    };
    tracked.push(entry);
    return entry;
  };
  /** Keeps a chunk unless the buffer is full: then the newest is dropped (what was kept stays in order). */
  const record = (entry: Tracked, text: string, bytes: number, at: number): void => {
    if (text === '') return;
    if (buffered.chunks + 1 > config.maxBufferedChunks || buffered.bytes + bytes > config.maxBufferedBytes) {
      dropped.chunks += 1;
      dropped.bytes += bytes;
      entry.droppedChunks += 1;
      return;
    }
    entry.chunks.push({ at, text });
    entry.chunkBytes += bytes;
    buffered.chunks += 1;
    buffered.bytes += bytes;
  };
  const finish = (entry: Tracked, outcome: End['outcome'], message?: string): void => {
    if (entry.end !== null) return;
    entry.end = message === undefined ? { at: now(), outcome } : { at: now(), outcome, message };
  };
  const messageOf = (error: unknown): string => {
    try {
      return error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
    } catch {
      return 'unreadable error';
    }
  };
  const entriesOf = (headers: Headers): Header[] => {
    const entries: Header[] = [];
    headers.forEach((value, name) => entries.push([name, value]));
    return entries;
  };
  const disguise = <F extends object>(replacement: F, original: object): F => {
    for (const property of ['name', 'length'])
      Object.defineProperty(replacement, property, { value: Reflect.get(original, property), configurable: true });
    return replacement;
  };
  const replace = (owner: object, property: string, replacement: unknown): void => {
    const descriptor = Object.getOwnPropertyDescriptor(owner, property);
    Object.defineProperty(owner, property, {
      value: replacement,
      writable: descriptor?.writable ?? true,
      enumerable: descriptor?.enumerable ?? false,
      configurable: true,
    });
  };

  const drain = (): string => {
    const requests = tracked.map((entry) => {
      const chunks = entry.chunks;
      buffered.chunks -= chunks.length;
      buffered.bytes -= entry.chunkBytes;
      entry.chunks = [];
      entry.chunkBytes = 0;
      // The request body goes in the first drain that lists the request only (null after: the
      // devtools side keeps the first); a long conversation is not sent again every 150 ms
      // (bench/liveDrain.ts). The other fixed fields are serialised once.
      let headJson = entry.headJson;
      if (headJson === null) {
        const fields = {
          id: entry.id,
          api: entry.api,
          method: entry.method,
          url: entry.url,
          requestHeaders: entry.requestHeaders,
          requestBody: null,
          requestBodyCut: entry.requestBodyCut,
          startedAt: entry.startedAt,
        };
        entry.headJson = stringify(fields).slice(0, -1);
        headJson = stringify({ ...fields, requestBody: entry.requestBody }).slice(0, -1);
        entry.requestBody = null;
      }
      const response = stringify(entry.response);
      return `${headJson},"response":${response},"chunks":${stringify(chunks)},"end":${stringify(entry.end)},"droppedChunks":${entry.droppedChunks}}`;
    });
    tracked = tracked.filter((entry) => entry.end === null);
    const head = stringify({ tap: config.tap, version: config.version, installId, dropped: { ...dropped } }).slice(0, -1);
    return `${head},"requests":[${requests.join(',')}]}`;
  };

  return {
    installId,
    now,
    methodOf,
    call,
    listen: methodOf(EventTarget.prototype, 'addEventListener'),
    byRequest,
    byResponse,
    isAnswerType,
    headerOf,
    absolute: (url) => new URL(url, document.baseURI).href,
    track,
    untrack: (entry) => {
      tracked = tracked.filter((other) => other !== entry);
    },
    record,
    finish,
    outcomeOf: (error) => (error instanceof DOMException && error.name === 'AbortError' ? 'aborted' : 'error'),
    messageOf,
    entriesOf,
    disguise,
    replace,
    drain,
  };
}
