import type { CapturedExchange, HeaderEntry } from '../../decode/index';
import type { TapDrain, TapRequest } from './tapDrain';

/** A stream's text kept per request, at most; beyond it the rest is counted as dropped. */
export const MAX_LIVE_BODY_CHARS = 32 * 1024 * 1024;
/** Requests followed at once; a page forging endless new ids cannot grow this beyond it. */
export const MAX_TRACKED_REQUESTS = 500;
/** An exchange in flight is handed on (and so decoded again) at most this often. */
export const LIVE_UPDATE_INTERVAL_MS = 250;

type Tracked = {
  readonly id: string;
  request: TapRequest;
  /** The tap sends a request's body in the first drain that lists it only (null after): the first one kept. */
  requestBody: string | null;
  body: string;
  readonly arrivals: [number, number][];
  droppedChunks: number;
  lastEmit: number;
  dirty: boolean;
};

const headersOf = (pairs: readonly (readonly [string, string])[]): HeaderEntry[] => pairs.map(([name, value]) => ({ name, value }));

const mimeTypeOf = (request: TapRequest): string => {
  if (request.api === 'eventsource') return 'text/event-stream';
  const type = request.response?.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  return type.split(';')[0]?.trim() ?? '';
};

/**
 * The exchange as the page reported it so far: body and times untrusted (`tapped.confirmed` false).
 * `stopped`: Live was turned off, so a request still open ends here as "stopped" (not busy).
 */
function exchangeOf(tracked: Tracked, stopped: boolean): CapturedExchange {
  const { request } = tracked;
  const { response, end } = request;
  const outcome = end === null ? (stopped ? 'stopped' : 'in-flight') : end.outcome;
  const exchange: CapturedExchange = {
    id: tracked.id,
    url: request.url,
    method: request.method,
    status: response?.status ?? 0,
    startedAt: request.startedAt,
    durationMs: end === null ? null : Math.max(0, end.at - request.startedAt),
    requestHeaders: headersOf(request.requestHeaders),
    requestBody: tracked.requestBody,
    responseHeaders: headersOf(response?.headers ?? []),
    mimeType: mimeTypeOf(request),
    body: tracked.body,
    timings: response === null ? {} : { wait: Math.max(0, response.at - request.startedAt) },
    source: 'live',
    tapped: {
      arrivals: tracked.arrivals.slice(),
      responseAt: response?.at ?? null,
      outcome,
      endedAt: end?.at ?? null,
      confirmed: false,
      startedAt: request.startedAt,
    },
  };
  if (end?.message !== undefined && exchange.tapped !== undefined) exchange.tapped.message = end.message;
  const dropped = tracked.droppedChunks + (request.droppedChunks ?? 0);
  if (dropped > 0 && exchange.tapped !== undefined) exchange.tapped.droppedChunks = dropped;
  return exchange;
}

/**
 * Drained tap data → the panel's exchanges. Chunks accumulate per request id (each drain brings
 * only the new ones); an exchange is handed on when its request starts, when its response headers
 * arrive, when it ends, and in between at most every LIVE_UPDATE_INTERVAL_MS (each hand-on is
 * decoded again; 20 streams at once stay fluid). A request is forgotten once its end was handed
 * on. When the page navigates (a new installId), what was still open is handed on as aborted.
 * When Live is turned off (stop), what is still open is handed on as stopped: nothing will report
 * its end, and a row must not stay busy for ever; resume() picks the requests up again.
 */
export function createLiveExchanges(emit: (exchange: CapturedExchange) => void) {
  const tracked = new Map<string, Tracked>();
  let installId: string | null = null;
  let stopped = false;

  const flush = (entry: Tracked, now: number): void => {
    entry.dirty = false;
    entry.lastEmit = now;
    emit(exchangeOf(entry, stopped));
    if (entry.request.end !== null) tracked.delete(entry.request.id);
  };

  const abandonAll = (now: number): void => {
    for (const entry of tracked.values()) {
      entry.request = { ...entry.request, end: { at: now, outcome: 'aborted', message: 'the page navigated while it was in flight' } };
      flush(entry, now);
    }
  };

  const take = (request: TapRequest, now: number): void => {
    const known = tracked.get(request.id);
    if (known === undefined && tracked.size >= MAX_TRACKED_REQUESTS) return;
    const entry: Tracked = known ?? {
      id: `live-${request.id}`,
      request,
      requestBody: null,
      body: '',
      arrivals: [],
      droppedChunks: 0,
      lastEmit: 0,
      dirty: true,
    };
    const headersNew = known !== undefined && known.request.response === null && request.response !== null;
    entry.request = request;
    entry.requestBody ??= request.requestBody;
    for (const chunk of request.chunks) {
      if (entry.body.length + chunk.text.length > MAX_LIVE_BODY_CHARS) {
        entry.droppedChunks += 1;
        continue;
      }
      entry.body += chunk.text;
      entry.arrivals.push([chunk.at, entry.body.length]);
      entry.dirty = true;
    }
    tracked.set(request.id, entry);
    const due = now - entry.lastEmit >= LIVE_UPDATE_INTERVAL_MS;
    if (known === undefined || headersNew || request.end !== null || (entry.dirty && due)) flush(entry, now);
  };

  return {
    take(drain: TapDrain, now: number): void {
      if (installId !== null && drain.installId !== installId) abandonAll(now);
      installId = drain.installId;
      for (const request of drain.requests) take(request, now);
      // Hand on what waited for its interval, even when this drain brought nothing for it.
      for (const entry of tracked.values()) if (entry.dirty && now - entry.lastEmit >= LIVE_UPDATE_INTERVAL_MS) flush(entry, now);
    },
    /** Live was turned off: what is open is handed on as stopped now (a drain still in flight may add to it). */
    stop(now: number): void {
      if (stopped) return;
      stopped = true;
      for (const entry of tracked.values()) flush(entry, now);
    },
    /** Live is on again: the open requests are handed on as in flight with the next drain. */
    resume(): void {
      if (!stopped) return;
      stopped = false;
      for (const entry of tracked.values()) entry.dirty = true;
    },
    get size(): number {
      return tracked.size;
    },
  };
}
