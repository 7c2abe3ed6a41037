import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';
import { browserAnswer } from './browserAnswer';
import { readResponseBody } from './responseBody';
import { HarEntry, harEntryToExchange } from '../decode/har';
import { newDocumentFilter, type InspectedWindow } from './newDocumentFilter';
import type { CapturedExchange } from '../decode/exchange';
import type { BackfillOutcome } from './captureStatus';

/** The part of `devtools.network` capture uses; the real API in the devtools page, a fake in tests. */
export interface DevtoolsNetwork {
  readonly onRequestFinished: BrowserEvent<(request: unknown) => void>;
  readonly onNavigated: BrowserEvent<(url: string) => void>;
  getHAR(callback: (...args: unknown[]) => void): unknown;
}
export interface BrowserEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

export interface CaptureSink {
  add(exchange: CapturedExchange): void;
  navigated(url: string): void;
  /** How the getHAR backfill ended (after its exchanges were added), so the panel can explain it. */
  backfilled?(outcome: BackfillOutcome): void;
}

const HarLog = t.type({ entries: t.array(t.unknown) });
/** getHAR answers with the log itself (Chrome) or, in some versions, `{log}`. */
const HarAnswer = t.union([HarLog, t.type({ log: HarLog })]);

const GetContent = t.type({ getContent: t.Function });

function getContentOf(request: unknown): (callback: (...args: unknown[]) => void) => unknown {
  const decoded = GetContent.decode(request);
  if (!isRight(decoded)) return () => Promise.reject(new Error('this request has no getContent'));
  const getContent = decoded.right.getContent;
  return (callback) => {
    const answer: unknown = Reflect.apply(getContent, request, [callback]);
    return answer;
  };
}

/**
 * Starts capturing when DevTools opens: every finished request becomes a CapturedExchange, and
 * requests DevTools already logged before this page loaded are backfilled from getHAR (an entry
 * seen both ways is added once). With `inspected`, only navigations to a new document reach
 * `sink.navigated` (not pushState route changes). Returns the disposer.
 */
export function startCapture(network: DevtoolsNetwork, sink: CaptureSink, options: { inspected?: InspectedWindow; now?: () => number } = {}): () => void {
  const { inspected, now = Date.now } = options;
  let counter = 0;
  const nextId = () => `${now().toString(36)}-${(counter++).toString(36)}`;
  const matcher = new BackfillMatcher();

  const ingest = async (request: unknown, source: 'live' | 'backfill') => {
    // A devtools.network Request is a HAR entry plus getContent; anything else has nothing to show.
    const entry = HarEntry.decode(request);
    if (!isRight(entry)) return;
    const body = await readResponseBody(getContentOf(request));
    const exchange = harEntryToExchange(entry.right, body, { id: nextId(), source, fallbackStart: now() });
    if (matcher.claim(exchangeKey(exchange), source)) sink.add(exchange);
  };

  const onRequestFinished = (request: unknown) => { void ingest(request, 'live'); };
  const onNavigated = inspected === undefined ? (url: string) => { sink.navigated(url); } : newDocumentFilter(inspected, (url) => { sink.navigated(url); });
  network.onRequestFinished.addListener(onRequestFinished);
  network.onNavigated.addListener(onNavigated);

  void browserAnswer((callback) => network.getHAR(callback), 10_000).then(async (answer) => {
    const value = answer.via === 'callback' ? answer.args[0] : answer.via === 'promise' ? answer.value : undefined;
    const har = HarAnswer.decode(value);
    const entries = !isRight(har) ? [] : 'log' in har.right ? har.right.log.entries : har.right.entries;
    await Promise.all(entries.map((entry) => ingest(entry, 'backfill')));
    matcher.finish();
    sink.backfilled?.(answer.via === 'failure' ? { state: 'failed', reason: answer.reason }
      : isRight(har) ? { state: 'done', entries: entries.length }
      : { state: 'failed', reason: 'getHAR answered in a shape this extension does not know' });
  });

  return () => {
    network.onRequestFinished.removeListener(onRequestFinished);
    network.onNavigated.removeListener(onNavigated);
  };
}

/** A key for matching one request seen both by getHAR and by onRequestFinished. */
function exchangeKey(exchange: CapturedExchange): string {
  return `${exchange.startedAt}|${exchange.method}|${exchange.url}`;
}

/**
 * A request that finishes while DevTools opens can arrive both from getHAR and from
 * onRequestFinished. Keys (start time, method, URL) are matched as a multiset between the two
 * routes, so one copy is dropped but distinct requests with equal keys (a burst to one URL within a
 * millisecond) are all kept. Once the backfill is done, live exchanges pass without bookkeeping.
 */
class BackfillMatcher {
  private readonly counts = { live: new Map<string, number>(), backfill: new Map<string, number>() };
  private done = false;

  claim(key: string, source: 'live' | 'backfill'): boolean {
    if (this.done) return true;
    const other = this.counts[source === 'live' ? 'backfill' : 'live'];
    const matched = other.get(key) ?? 0;
    if (matched > 0) {
      other.set(key, matched - 1);
      return false;
    }
    const mine = this.counts[source];
    mine.set(key, (mine.get(key) ?? 0) + 1);
    return true;
  }

  finish(): void {
    this.done = true;
    this.counts.live.clear();
    this.counts.backfill.clear();
  }
}
