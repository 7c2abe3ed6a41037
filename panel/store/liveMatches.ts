import type { CapturedExchange } from '../../decode/index';

/** How far apart the page's clock and the browser's HAR may put the start of one request. */
export const START_WINDOW_MS = 2_000;
/** How much of the body the page reported must begin the browser's body. */
const BODY_PREFIX_CHARS = 256;
/** Unconfirmed live exchanges remembered for matching; a page cannot grow this beyond it. */
const LIVE_LIMIT = 500;
/** Browser (HAR) exchanges remembered in case the tap reports their request only afterwards. */
const RECENT_LIMIT = 100;

type Head = {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly startedAt: number;
  readonly body: string | null;
};

/**
 * Only the beginning of the body is compared, so only that is kept, as a string of its own: a
 * slice would hold on to the whole body (V8 slices point into their parent), which the log holds
 * as bytes (compactCapture.ts), and 100 recent bodies as strings are what the log saves. Joined to
 * one character and read, the slice is flattened into a new string (V8 copies a concatenation's
 * characters out when it is first read), and the slice of that holds only those 257 characters.
 * structuredClone did the same at ~12 µs a call in the panel page, 0.12 s of a 10,000-exchange
 * burst's listing (round s9, bench/panelScaleProfile.ts --cpu-ingest); this costs under 1 µs.
 */
const prefixOf = (body: string | null): string | null => {
  if (body === null || body.length <= BODY_PREFIX_CHARS) return body;
  const joined = ` ${body.slice(0, BODY_PREFIX_CHARS)}`;
  joined.charCodeAt(BODY_PREFIX_CHARS);
  return joined.slice(1);
};

const headOf = (exchange: CapturedExchange): Head => ({
  id: exchange.id,
  method: exchange.method.toUpperCase(),
  url: exchange.url,
  startedAt: exchange.startedAt,
  body: prefixOf(exchange.body),
});

/** The same request: method and URL, starts close together, and the page's body so far begins the browser's. */
function sameRequest(live: Head, har: Head): boolean {
  if (live.method !== har.method || live.url !== har.url) return false;
  if (Math.abs(live.startedAt - har.startedAt) > START_WINDOW_MS) return false;
  // An aborted request may come without a body from the browser: method, URL and start decide.
  if (live.body === null || live.body === '' || har.body === null || har.body === '') return true;
  return har.body.startsWith(live.body.slice(0, BODY_PREFIX_CHARS));
}

function closest(candidates: Iterable<Head>, to: Head, fits: (candidate: Head) => boolean): Head | null {
  let best: Head | null = null;
  for (const candidate of candidates) {
    if (!fits(candidate)) continue;
    if (best === null || Math.abs(candidate.startedAt - to.startedAt) < Math.abs(best.startedAt - to.startedAt)) best = candidate;
  }
  return best;
}

/**
 * Pairs what the Live tap reported with the browser's own record of the same request (its HAR
 * entry, from onRequestFinished), whichever comes first: the HAR entry usually arrives after the
 * tap's last drain, but a short request can finish between two drains. Bounded on both sides.
 */
export function createLiveMatches() {
  const unconfirmed = new Map<string, Head>();
  const recent: Head[] = [];
  /** Live id → the id of the browser's exchange it was paired with when that came first. */
  const paired = new Map<string, string>();

  return {
    /**
     * A live exchange arrived or grew: the id of the listed browser exchange it belongs to (paired
     * now or before), or null when the browser has not reported it yet.
     */
    liveArrived(exchange: CapturedExchange): string | null {
      const known = paired.get(exchange.id);
      if (known !== undefined) return known;
      const live = headOf(exchange);
      const har = closest(recent, live, (candidate) => sameRequest(live, candidate));
      if (har !== null) {
        recent.splice(recent.indexOf(har), 1);
        unconfirmed.delete(exchange.id);
        paired.set(exchange.id, har.id);
        if (paired.size > LIVE_LIMIT) paired.delete(paired.keys().next().value ?? '');
        return har.id;
      }
      unconfirmed.delete(exchange.id);
      unconfirmed.set(exchange.id, live);
      if (unconfirmed.size > LIVE_LIMIT) unconfirmed.delete(unconfirmed.keys().next().value ?? '');
      return null;
    },
    /** The browser reported a finished request: the id of the live exchange it confirms, or null. */
    harArrived(exchange: CapturedExchange): string | null {
      const har = headOf(exchange);
      const live = closest(unconfirmed.values(), har, (candidate) => sameRequest(candidate, har));
      if (live !== null) {
        unconfirmed.delete(live.id);
        // Its later drains (the end, more arrival times) go to the same row, and never match again.
        paired.set(live.id, live.id);
        if (paired.size > LIVE_LIMIT) paired.delete(paired.keys().next().value ?? '');
        return live.id;
      }
      recent.push(har);
      if (recent.length > RECENT_LIMIT) recent.shift();
      return null;
    },
    forget(id: string): void {
      unconfirmed.delete(id);
    },
    clear(): void {
      unconfirmed.clear();
      recent.length = 0;
      paired.clear();
    },
  };
}
