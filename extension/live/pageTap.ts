import type { TapConfig } from './tapConfig';

export { DEFAULT_TAP_CONFIG, type TapConfig } from './tapConfig';

/**
 * The Live tap (issue 14): runs in the inspected page, serialised with Function.prototype.toString
 * into the expression `devtools.inspectedWindow.eval` runs (tapExpressions.ts). So it is one
 * self-contained function: no imports, nothing from module scope, no async/await or class fields
 * a bundler could rewrite into helpers (the expression also defines `__name`, which esbuild's
 * keepNames would call). It is longer than our usual file for that reason.
 *
 * It wraps `fetch`, `XMLHttpRequest.prototype.open/setRequestHeader/send` and `EventSource`, records
 * LLM-looking responses chunk by chunk with the page's clock, keeps them in a bounded buffer and
 * answers drains with a JSON string of a TapDrain (tapDrain.ts). Nothing it does may throw into the
 * page: all bookkeeping sits in try/catch, and the page's own calls and errors go through untouched.
 * Returns the install's id (the existing one when the same tap version is already installed).
 */
export function pageTap(config: TapConfig): string {
  type Header = [string, string];
  type Chunk = { at: number; text: string };
  type End = { at: number; outcome: 'complete' | 'aborted' | 'error'; message?: string };
  type Tracked = {
    id: string;
    api: 'fetch' | 'xhr' | 'eventsource';
    method: string;
    url: string;
    requestHeaders: Header[];
    /** Until the first drain has sent it; null after. */
    requestBody: string | null;
    requestBodyCut: boolean;
    startedAt: number;
    response: { status: number; statusText: string; headers: Header[]; at: number } | null;
    chunks: Chunk[];
    chunkBytes: number;
    /** The request's fixed fields as JSON without the closing brace (its body null), made at the first drain: later drains repeat them. */
    headJson: string | null;
    end: End | null;
    droppedChunks: number;
  };
  type Native = (this: unknown, ...args: unknown[]) => unknown;
  type TapState = { name: string; version: number; installId: string; drain: () => string };

  const KEY = Symbol.for('llm-network-inspector.tap'); // TAP_SYMBOL_KEY (the function cannot read module scope)
  const host = window as unknown as Record<symbol, unknown>;
  const existing = host[KEY] as Partial<TapState> | null | undefined;
  if (typeof existing === 'object' && existing !== null && existing.name === config.tap && existing.version === config.version) {
    if (typeof existing.installId === 'string') return existing.installId;
  }

  // The page's intrinsics as they are now: a page replacing them later does not reach into the tap.
  const stringify = JSON.stringify;
  const methodOf = (owner: object, name: string): Native => Reflect.get(owner, name) as Native;
  const call = (method: Native, self: unknown, args: readonly unknown[]): unknown => Reflect.apply(method, self, args);
  const listen = methodOf(EventTarget.prototype, 'addEventListener');
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

  /** Whether a request is LLM-looking before it is sent: by URL, or a POST by its body's keys. */
  const byRequest = (method: string, url: string, body: string | null): 'url' | 'body' | null => {
    const patterns = method === 'POST' ? postPatterns : method === 'GET' ? getPatterns : [];
    if (patterns.some((pattern) => pattern.test(url))) return 'url';
    if (method === 'POST' && body !== null && bodyHint?.test(body.slice(0, config.maxBodySniffChars)) === true) return 'body';
    return null;
  };
  const headerOf = (headers: readonly Header[], name: string): string => headers.find(([key]) => key.toLowerCase() === name)?.[1] ?? '';
  /** Whether a response is a stream worth recording whatever its request looked like. */
  const byResponse = (headers: readonly Header[]): boolean =>
    streamType?.test(headerOf(headers, 'content-type')) === true || config.streamHeaders.some((name) => headerOf(headers, name) !== '');
  const absolute = (url: string): string => new URL(url, document.baseURI).href;

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
  const outcomeOf = (error: unknown): End['outcome'] =>
    error instanceof DOMException && error.name === 'AbortError' ? 'aborted' : 'error';
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
  /** Gives a replacement the name and length of what it replaces (its toString still shows it). */
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

  // fetch: the page gets its own Response back. A recorded one has its body replaced in place by a
  // stream that pulls from the original only when the page reads, so a cancel reaches the network.
  const bodyDescriptor = Object.getOwnPropertyDescriptor(Response.prototype, 'body');
  const bodyGetter: unknown = bodyDescriptor === undefined ? undefined : Reflect.get(bodyDescriptor, 'get');
  const readers = ['arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text'].filter((name) => name in Response.prototype);
  const tapBody = (response: Response, entry: Tracked, original: ReadableStream<Uint8Array<ArrayBuffer>>): void => {
    const decoder = new TextDecoder();
    let reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>> | null = null;
    let cancelled = false;
    const end = (outcome: End['outcome'], message?: string): void => {
      try {
        if (entry.end === null) record(entry, decoder.decode(), 0, now());
        finish(entry, outcome, message);
      } catch {
        // bookkeeping only
      }
    };
    const pull = (controller: ReadableByteStreamController): Promise<void> => {
      // The body as it is now: a clone() since the page got it replaced the original with a branch.
      reader ??= (typeof bodyGetter === 'function' ? (call(bodyGetter as Native, response, []) as typeof original) : original).getReader();
      return reader.read().then(
        (result) => {
          if (result.done) {
            end('complete');
            if (!cancelled) {
              controller.close();
              controller.byobRequest?.respond(0);
            }
            return;
          }
          const chunk = result.value;
          try {
            record(entry, decoder.decode(chunk, { stream: true }), chunk.byteLength, now());
          } catch {
            // bookkeeping only
          }
          if (chunk.byteLength === 0) return;
          try {
            controller.enqueue(chunk);
          } catch {
            controller.enqueue(chunk.slice());
          }
        },
        (error: unknown) => {
          end(outcomeOf(error), messageOf(error));
          throw error;
        },
      );
    };
    let page: ReadableStream<Uint8Array<ArrayBuffer>> | null = null;
    const pageBody = (): ReadableStream<Uint8Array<ArrayBuffer>> => {
      page ??= new ReadableStream({
        type: 'bytes',
        pull,
        cancel: (reason: unknown) => {
          cancelled = true;
          end('aborted', 'the page cancelled the body');
          return reader === null ? original.cancel(reason) : reader.cancel(reason);
        },
      });
      return page;
    };
    Object.defineProperty(response, 'body', { get: pageBody, configurable: true, enumerable: false });
    for (const name of readers) {
      const native = methodOf(Response.prototype, name);
      const through = function (this: unknown): Promise<unknown> {
        if (this !== response) return call(native, this, []) as Promise<unknown>;
        // A body already read: the native method on the original says so in the browser's words.
        if (response.bodyUsed) return call(native, response, []) as Promise<unknown>;
        try {
          return call(native, new Response(pageBody(), { headers: response.headers }), []) as Promise<unknown>;
        } catch (error) {
          // A body the page locked: a rejected promise, as the native method answers, not a throw.
          return Promise.reject(error instanceof Error ? error : new TypeError(messageOf(error)));
        }
      };
      Object.defineProperty(response, name, { value: disguise(through, native), writable: true, configurable: true });
    }
  };
  /** Records the response's head and taps its body; the record (made now for a stream by its content type), if any. */
  const answer = (response: Response, entry: Tracked | null, head: ReturnType<typeof describe>, startedAt: number): Tracked | null => {
    const headers = entriesOf(response.headers);
    let chosen = entry;
    if (chosen === null) {
      if (head === null || !byResponse(headers)) return null;
      chosen = track('fetch', head.method, head.url, head.headers(), head.body, startedAt);
      if (chosen === null) return null;
    }
    chosen.response = { status: response.status, statusText: response.statusText, headers, at: now() };
    const body = response.body;
    if (head?.reason === 'body' && !byResponse(headers) && answerType?.test(headerOf(headers, 'content-type')) !== true) {
      finish(chosen, 'complete', `not recorded: the answer is ${headerOf(headers, 'content-type') || 'untyped'}`);
    } else if (body === null) finish(chosen, 'complete');
    else tapBody(response, chosen, body);
    return chosen;
  };
  /** The request's facts, or null for an input the tap does not read (it never calls a page's toString). */
  const describe = (input: unknown, init: RequestInit | undefined) => {
    const request = input instanceof Request ? input : null;
    const rawUrl = request !== null ? request.url : input instanceof URL ? input.href : typeof input === 'string' ? input : null;
    if (rawUrl === null) return null;
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const url = absolute(rawUrl);
    const body = typeof init?.body === 'string' ? init.body : null;
    const reason = byRequest(method, url, body);
    // Read only for a request the tap records: other traffic pays for a URL parse and a test or two.
    const headers = (): Header[] => entriesOf(new Headers(init?.headers ?? request?.headers));
    const signal = init?.signal ?? request?.signal ?? null;
    return { method, url, body, reason, headers, signal };
  };
  /** An abort while the page is not reading ends the body at once: the record says so then, not at the next read. */
  const watchAbort = (signal: AbortSignal | null, entry: () => Tracked | null): void => {
    if (!(signal instanceof AbortSignal) || signal.aborted) return;
    const onAbort = (): void => {
      try {
        const aborted = entry();
        if (aborted !== null) finish(aborted, 'aborted', messageOf(signal.reason));
      } catch {
        // bookkeeping only
      }
    };
    call(listen, signal, ['abort', onAbort, { once: true }]);
  };
  const originalFetch = methodOf(window, 'fetch');
  const tappedFetch = function (this: unknown, ...args: Parameters<typeof fetch>): Promise<Response> {
    let head: ReturnType<typeof describe> = null;
    let entry: Tracked | null = null;
    const startedAt = now();
    try {
      head = describe(args[0], args[1]);
      if (head?.reason != null) entry = track('fetch', head.method, head.url, head.headers(), head.body, startedAt);
      watchAbort(head?.signal ?? null, () => entry);
    } catch {
      // not recorded
    }
    const pending = call(originalFetch, this, args) as Promise<Response>;
    if (head === null) return pending;
    return pending.then(
      (response) => {
        try {
          if (response instanceof Response) entry = answer(response, entry, head, startedAt);
        } catch {
          // the page gets its response whatever happened here
        }
        return response;
      },
      (error: unknown) => {
        try {
          if (entry !== null) finish(entry, outcomeOf(error), messageOf(error));
        } catch {
          // bookkeeping only
        }
        throw error;
      },
    );
  };
  replace(window, 'fetch', disguise(tappedFetch, originalFetch));

  // XMLHttpRequest: the prototype's open/setRequestHeader/send are wrapped (instances stay native);
  // the response grows with each progress event (browsers send one at most every ~50 ms).
  const xhrProto = XMLHttpRequest.prototype;
  const xhrOpen = methodOf(xhrProto, 'open');
  const xhrSetHeader = methodOf(xhrProto, 'setRequestHeader');
  const xhrSend = methodOf(xhrProto, 'send');
  const opened = new WeakMap<XMLHttpRequest, { method: string; url: string; headers: Header[] }>();
  const tappedOpen = function (this: XMLHttpRequest, ...args: unknown[]): void {
    call(xhrOpen, this, args);
    try {
      const url = args[1];
      if (typeof url === 'string' || url instanceof URL)
        opened.set(this, { method: String(args[0]).toUpperCase(), url: absolute(String(url)), headers: [] });
      else opened.delete(this);
    } catch {
      opened.delete(this);
    }
  };
  const tappedSetHeader = function (this: XMLHttpRequest, ...args: unknown[]): void {
    call(xhrSetHeader, this, args);
    try {
      opened.get(this)?.headers.push([String(args[0]), String(args[1])]);
    } catch {
      // not recorded
    }
  };
  const watchXhr = (xhr: XMLHttpRequest, body: unknown): Tracked | null => {
    const head = opened.get(xhr);
    if (head === undefined) return null;
    const text = typeof body === 'string' ? body : null;
    const startedAt = now();
    let entry = byRequest(head.method, head.url, text) === null ? null : track('xhr', head.method, head.url, head.headers, text, startedAt);
    let seen = 0;
    const grow = (): void => {
      if (entry === null || entry.end !== null || (xhr.responseType !== '' && xhr.responseType !== 'text')) return;
      const sofar = xhr.responseText;
      if (sofar.length > seen) record(entry, sofar.slice(seen), sofar.length - seen, now());
      seen = sofar.length;
    };
    const onState = (): void => {
      try {
        if (xhr.readyState !== XMLHttpRequest.HEADERS_RECEIVED) return;
        const headers = xhr
          .getAllResponseHeaders()
          .split(/\r?\n/)
          .filter((line) => line.includes(':'))
          .map((line): Header => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]);
        entry ??= byResponse(headers) ? track('xhr', head.method, head.url, head.headers, text, startedAt) : null;
        if (entry !== null) entry.response = { status: xhr.status, statusText: xhr.statusText, headers, at: now() };
      } catch {
        // not recorded
      }
    };
    const onProgress = (): void => {
      try {
        grow();
      } catch {
        // not recorded
      }
    };
    const onEnd = (event: Event): void => {
      try {
        grow();
        if (entry !== null)
          finish(
            entry,
            event.type === 'load' ? 'complete' : event.type === 'abort' ? 'aborted' : 'error',
            event.type === 'load' ? undefined : event.type,
          );
      } catch {
        // not recorded
      }
    };
    call(listen, xhr, ['readystatechange', onState]);
    call(listen, xhr, ['progress', onProgress]);
    for (const type of ['load', 'abort', 'error', 'timeout']) call(listen, xhr, [type, onEnd]);
    return entry;
  };
  const tappedSend = function (this: XMLHttpRequest, ...args: unknown[]): void {
    let entry: Tracked | null = null;
    try {
      entry = watchXhr(this, args[0]);
    } catch {
      // not recorded
    }
    try {
      call(xhrSend, this, args);
    } catch (error) {
      if (entry !== null) tracked = tracked.filter((other) => other !== entry);
      throw error;
    }
  };
  replace(xhrProto, 'open', disguise(tappedOpen, xhrOpen));
  replace(xhrProto, 'setRequestHeader', disguise(tappedSetHeader, xhrSetHeader));
  replace(xhrProto, 'send', disguise(tappedSend, xhrSend));

  // EventSource: a constructor that builds the native object (same prototype) and listens to it.
  // Named events are seen when the page listens to them: its addEventListener is wrapped on the
  // instance to add the tap's listener for each new event type first.
  const OriginalEventSource = window.EventSource as typeof EventSource | undefined;
  const sseText = (type: string, event: MessageEvent): string => {
    let text = type === 'message' ? '' : `event: ${type}\n`;
    if (event.lastEventId !== '') text += `id: ${event.lastEventId}\n`;
    for (const line of String(event.data).split('\n')) text += `data: ${line}\n`;
    return `${text}\n`;
  };
  const watchEventSource = (source: EventSource): void => {
    const entry = track('eventsource', 'GET', source.url, [], null, now());
    if (entry === null) return;
    const seen = new Set<string>();
    const onMessage = (event: Event): void => {
      try {
        if (event instanceof MessageEvent) {
          const text = sseText(event.type, event);
          record(entry, text, text.length, now());
        }
      } catch {
        // not recorded
      }
    };
    const watchType = (type: string): void => {
      if (seen.has(type) || type === 'open' || type === 'error') return;
      seen.add(type);
      call(listen, source, [type, onMessage]);
    };
    watchType('message');
    call(listen, source, [
      'open',
      () => {
        entry.response ??= { status: 200, statusText: '', headers: [['content-type', 'text/event-stream']], at: now() };
      },
    ]);
    call(listen, source, [
      'error',
      () => {
        if (source.readyState === 2) finish(entry, 'error', 'the EventSource closed after an error');
      },
    ]);
    const pageListen = methodOf(source, 'addEventListener');
    const pageClose = methodOf(source, 'close');
    const addEventListener = function (this: unknown, ...args: unknown[]): void {
      try {
        if (this === source) watchType(String(args[0]));
      } catch {
        // not recorded
      }
      // What the instance would have called (a framework may have patched EventTarget since install).
      call(methodOf(Object.getPrototypeOf(source) as object, 'addEventListener'), this, args);
    };
    const close = function (this: unknown): void {
      if (this === source) finish(entry, 'complete', 'closed by the page');
      call(pageClose, this, []);
    };
    replace(source, 'addEventListener', disguise(addEventListener, pageListen));
    replace(source, 'close', disguise(close, pageClose));
  };
  if (typeof OriginalEventSource === 'function') {
    const TappedEventSource = function (this: unknown, ...args: ConstructorParameters<typeof EventSource>): EventSource {
      const constructing: unknown = new.target;
      // Called without `new`: the native constructor throws its own TypeError.
      if (constructing === undefined) return call(OriginalEventSource as unknown as Native, this, args) as EventSource;
      const source = Reflect.construct(OriginalEventSource, args, new.target) as EventSource;
      try {
        watchEventSource(source);
      } catch {
        // not recorded
      }
      return source;
    };
    TappedEventSource.prototype = OriginalEventSource.prototype;
    for (const name of ['CONNECTING', 'OPEN', 'CLOSED'])
      Object.defineProperty(TappedEventSource, name, { value: Reflect.get(OriginalEventSource, name), enumerable: true });
    Object.setPrototypeOf(TappedEventSource, Object.getPrototypeOf(OriginalEventSource) as object);
    replace(window, 'EventSource', disguise(TappedEventSource, OriginalEventSource));
  }

  /** Lists every tracked request with the chunks since the last drain; forgets those whose end it reports. */
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
  const state: TapState = { name: config.tap, version: config.version, installId, drain };
  Object.defineProperty(window, KEY, { value: Object.freeze(state), enumerable: false, configurable: true, writable: false });
  return installId;
}

/** Where the installed tap keeps its state on `window` (a non-enumerable property). */
export const TAP_SYMBOL_KEY = 'llm-network-inspector.tap';

/**
 * The expression `inspectedWindow.eval` runs to install the tap: idempotent, evaluates to the
 * install's id, or null when the page left it nothing to wrap. `__name` is defined for the
 * function's source in case a bundler's keepNames wrapped its inner functions with it.
 */
export const tapInstallExpression = (config: TapConfig): string =>
  `(() => { try { const __name = (target) => target; return (${pageTap.toString()})(${JSON.stringify(config)}); } catch (error) { return null; } })()`;

/**
 * The expression that drains the tap: a JSON string of a TapDrain (tapDrain.ts), or null when no
 * tap is installed. The page can replace the tap's state with its own, so what comes back is
 * untrusted: the devtools side parses it as `unknown` and decodes it with TapDrain.
 */
export const tapDrainExpression = (): string =>
  `(() => { try { const tap = window[Symbol.for(${JSON.stringify(TAP_SYMBOL_KEY)})]; if (tap === null || typeof tap !== 'object' || typeof tap.drain !== 'function') return null; const drained = tap.drain(); return typeof drained === 'string' ? drained : null; } catch (error) { return null; } })()`;

/** For `inspectedWindow.reload({ injectedScript })`: installs the tap before the page's own scripts. */
export const tapInjectedScript = (config: TapConfig): string => `${tapInstallExpression(config)};`;
