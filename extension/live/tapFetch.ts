import type { End, Header, Native, TapCore, Tracked } from './tapTypes';

/**
 * The Live tap's fetch wrapper: the page gets its own Response back. A recorded one has its body
 * replaced in place by a stream that pulls from the original only when the page reads, so a cancel
 * reaches the network. Serialised into the page on its own (pageTap.ts): self-contained, it uses
 * only what `core` (tapCore.ts) hands it.
 */
export function tapFetch(core: TapCore): void {
  const { now, methodOf, call, record, finish, messageOf, outcomeOf, track, disguise } = core;
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
  /** The request's facts, or null for an input the tap does not read (it never calls a page's toString). */
  const describe = (input: unknown, init: RequestInit | undefined) => {
    const request = input instanceof Request ? input : null;
    const rawUrl = request !== null ? request.url : input instanceof URL ? input.href : typeof input === 'string' ? input : null;
    if (rawUrl === null) return null;
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const url = core.absolute(rawUrl);
    const body = typeof init?.body === 'string' ? init.body : null;
    const reason = core.byRequest(method, url, body);
    // Read only for a request the tap records: other traffic pays for a URL parse and a test or two.
    const headers = (): Header[] => core.entriesOf(new Headers(init?.headers ?? request?.headers));
    const signal = init?.signal ?? request?.signal ?? null;
    return { method, url, body, reason, headers, signal };
  };
  /** Records the response's head and taps its body; the record (made now for a stream by its content type), if any. */
  const answer = (response: Response, entry: Tracked | null, head: ReturnType<typeof describe>, startedAt: number): Tracked | null => {
    const headers = core.entriesOf(response.headers);
    let chosen = entry;
    if (chosen === null) {
      if (head === null || !core.byResponse(headers)) return null;
      chosen = track('fetch', head.method, head.url, head.headers(), head.body, startedAt);
      if (chosen === null) return null;
    }
    chosen.response = { status: response.status, statusText: response.statusText, headers, at: now() };
    const body = response.body;
    if (head?.reason === 'body' && !core.byResponse(headers) && !core.isAnswerType(headers)) {
      finish(chosen, 'complete', `not recorded: the answer is ${core.headerOf(headers, 'content-type') || 'untyped'}`);
    } else if (body === null) finish(chosen, 'complete');
    else tapBody(response, chosen, body);
    return chosen;
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
    call(core.listen, signal, ['abort', onAbort, { once: true }]);
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
  core.replace(window, 'fetch', disguise(tappedFetch, originalFetch));
}
