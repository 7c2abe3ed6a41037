import type { Header, TapCore, Tracked } from './tapTypes';

/**
 * The Live tap's XMLHttpRequest wrapper: the prototype's open/setRequestHeader/send are wrapped
 * (instances stay native); the response grows with each progress event (browsers send one at most
 * every ~50 ms). Serialised into the page on its own (pageTap.ts): self-contained, it uses only
 * what `core` (tapCore.ts) hands it.
 */
export function tapXhr(core: TapCore): void {
  const { now, methodOf, call, listen, record, finish, track, disguise, replace } = core;
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
        opened.set(this, { method: String(args[0]).toUpperCase(), url: core.absolute(String(url)), headers: [] });
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
    let entry =
      core.byRequest(head.method, head.url, text) === null ? null : track('xhr', head.method, head.url, head.headers, text, startedAt);
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
        entry ??= core.byResponse(headers) ? track('xhr', head.method, head.url, head.headers, text, startedAt) : null;
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
      if (entry !== null) core.untrack(entry);
      throw error;
    }
  };
  replace(xhrProto, 'open', disguise(tappedOpen, xhrOpen));
  replace(xhrProto, 'setRequestHeader', disguise(tappedSetHeader, xhrSetHeader));
  replace(xhrProto, 'send', disguise(tappedSend, xhrSend));
}
