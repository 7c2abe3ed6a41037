import type { CapturedExchange } from '../../decode/index';
import type { ExchangeEntry } from './exchangeEntry';
import type { createExchangeLog, LogLimits } from './exchangeLog';
import { toLoggedEntry } from './loggedEntry';
import type { EntryDecoders } from './loggedEntry';
import { createLiveMatches } from './liveMatches';
import { inFlightDecoders } from './inFlightDecoders';

type TappedFacts = NonNullable<CapturedExchange['tapped']>;

type Deps = {
  readonly log: ReturnType<typeof createExchangeLog>;
  readonly decoders: () => EntryDecoders;
  readonly limits: () => LogLimits;
  /** The log dropped these to stay within its limits. */
  readonly dropped: (gone: readonly ExchangeEntry[]) => void;
  /** The log now lists this exchange (kept for re-detection): commit soon. */
  readonly changed: (exchange: CapturedExchange) => void;
};

/**
 * The browser's record has the body now; a request still in flight by the page's last word (or
 * whose report stopped with Live) has ended by the browser's. Its end is put on the page's clock
 * (the page's start plus the browser's duration), as every other time in the facts.
 */
function confirmed(tapped: TappedFacts, browser: CapturedExchange): TappedFacts {
  if (tapped.outcome !== 'in-flight' && tapped.outcome !== 'stopped') return { ...tapped, confirmed: true };
  const endedAt = browser.durationMs === null ? null : (tapped.startedAt ?? browser.startedAt) + browser.durationMs;
  return { ...tapped, outcome: 'complete', endedAt, confirmed: true };
}

const browserHasBody = (exchange: CapturedExchange): boolean => exchange.body !== null && exchange.body !== '';

function withoutUnavailableReason(exchange: CapturedExchange): CapturedExchange {
  const { bodyUnavailableReason: _reason, ...rest } = exchange;
  return rest;
}

/**
 * Live exchanges into the log (issue 14): listed when the tap reports the request's start, updated
 * in place (same row, same selection) as its chunks arrive, and replaced by the browser's own HAR
 * entry once it reports the finished request, keeping the page's arrival times (confirmed). A
 * request the browser never finishes (aborted) stays as the page reported it.
 */
export function createLiveIngest({ log, decoders, limits, dropped, changed }: Deps) {
  const matches = createLiveMatches();

  const put = (exchange: CapturedExchange): boolean => {
    const entry = toLoggedEntry(exchange, exchange.tapped?.outcome === 'in-flight' ? inFlightDecoders(decoders()) : decoders(), 0);
    if (entry === null) return false;
    const swapped = log.swap(entry, limits());
    dropped(swapped === false ? log.add(entry, limits()) : swapped);
    // The entry's own capture (its bodies as bytes), so re-detection keeps no second copy.
    changed(entry.captured);
    return true;
  };

  return {
    /** What the tap reported; false when it is not (yet) recognised as LLM traffic, or its row was cleared. */
    receiveLive(exchange: CapturedExchange): boolean {
      const target = matches.liveArrived(exchange) ?? exchange.id;
      const existing = log.get(target);
      const { tapped } = exchange;
      if (existing !== undefined && tapped !== undefined && (target !== exchange.id || existing.captured.tapped?.confirmed === true)) {
        return put({ ...existing.captured, tapped: confirmed(tapped, existing.captured) });
      }
      // The browser's entry it was paired with is no longer listed (cleared, or dropped by the limits).
      if (target !== exchange.id) return false;
      // The browser's record came first but without the body: the row keeps it, with the page's latest body.
      if (existing !== undefined && tapped !== undefined && existing.captured.tapped?.browserBodyMissing === true) {
        return put({ ...existing.captured, body: exchange.body, tapped: { ...tapped, browserBodyMissing: true } });
      }
      return put(exchange);
    },
    /**
     * The browser reported a finished request: when the tap listed it, its HAR entry takes that row
     * (the live id kept), and that merged exchange is returned; null when no listed live exchange matches.
     */
    confirmFromBrowser(exchange: CapturedExchange): CapturedExchange | null {
      const liveId = matches.harArrived(exchange);
      const existing = liveId === null ? undefined : log.get(liveId);
      const tapped = existing?.captured.tapped;
      if (existing === undefined || tapped === undefined) return null;
      const merged: CapturedExchange =
        browserHasBody(exchange) || !browserHasBody(existing.captured)
          ? { ...exchange, id: existing.id, tapped: confirmed(tapped, exchange) }
          : // A body the browser does not give (Chrome: none of an aborted request, and now and
            // then none of a finished stream): what the page saw stays, still marked as the page's
            // report, and the detail says the browser's record came without it.
            withoutUnavailableReason({
              ...exchange,
              id: existing.id,
              body: existing.captured.body,
              tapped: { ...tapped, browserBodyMissing: true },
            });
      return put(merged) ? merged : null;
    },
    clear(): void {
      matches.clear();
    },
  };
}
