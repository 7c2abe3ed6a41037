import { answeredValue, browserAnswer, propertyOf, type BrowserAnswer } from './browserAnswer';
import { BackfillMatcher, requestKey } from './backfillMatcher';
import { newDocumentFilter, type InspectedWindow } from './newDocumentFilter';
import type { RawCapture } from './rawCapture';
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
  add(capture: RawCapture): void;
  navigated(url: string): void;
  /** How the getHAR backfill ended (after its captures were added), so the panel can explain it. */
  backfilled?(outcome: BackfillOutcome): void;
}

/** How long a browser may take to hand over one body before the capture keeps it without. */
export const GET_CONTENT_TIMEOUT_MS = 10_000;

/** Asks for a request's body; a value without getContent answers with a failure, not a throw. */
export function readContent(request: unknown, timeoutMs = GET_CONTENT_TIMEOUT_MS): Promise<BrowserAnswer> {
  const getContent = propertyOf(request, 'getContent');
  return browserAnswer((callback) => {
    if (typeof getContent !== 'function') return Promise.reject(new Error('this request has no getContent'));
    const answer: unknown = Reflect.apply(getContent, request, [callback]);
    return answer;
  }, timeoutMs);
}

/** `Array.isArray` narrows to `any[]`; a HAR's entries stay unknown until the panel decodes them. */
function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** getHAR answers with the log itself (Chrome, Firefox) or, in some versions, `{log}`; null for any other shape. */
function harEntries(answer: unknown): readonly unknown[] | null {
  const entries = propertyOf(answer, 'entries');
  if (isList(entries)) return entries;
  const logEntries = propertyOf(propertyOf(answer, 'log'), 'entries');
  return isList(logEntries) ? logEntries : null;
}

/**
 * Starts capturing when DevTools opens: every finished request is handed to `sink` with its body
 * as the browser answered, and requests DevTools already logged before this page loaded are
 * backfilled from getHAR (a request seen both ways is added once). Nothing is decoded here: the
 * panel decodes (extension/exchangeFromCapture.ts). With `inspected`, only navigations to a new
 * document reach `sink.navigated` (not pushState route changes). Returns the disposer.
 */
export function startCapture(
  network: DevtoolsNetwork,
  sink: CaptureSink,
  options: { inspected?: InspectedWindow; now?: () => number } = {},
): () => void {
  const { inspected, now = Date.now } = options;
  let counter = 0;
  const matcher = new BackfillMatcher();

  const ingest = async (entry: unknown, source: 'live' | 'backfill') => {
    // Anything without a request method and URL has nothing to show (and no key to match on): skip
    // it before asking for a body. The real key waits for the body, whose arrival time stands in for
    // a missing start.
    if (requestKey(entry, 0) === null) return;
    const content = await readContent(entry);
    const capturedAt = now();
    const key = requestKey(entry, capturedAt);
    const id = `${capturedAt.toString(36)}-${(counter++).toString(36)}`;
    if (key !== null && matcher.claim(key, source)) sink.add({ id, source, capturedAt, entry, content });
  };

  const onRequestFinished = (request: unknown) => {
    void ingest(request, 'live');
  };
  const onNavigated =
    inspected === undefined
      ? (url: string) => {
          sink.navigated(url);
        }
      : newDocumentFilter(inspected, (url) => {
          sink.navigated(url);
        });
  network.onRequestFinished.addListener(onRequestFinished);
  network.onNavigated.addListener(onNavigated);

  void browserAnswer((callback) => network.getHAR(callback), 10_000).then(async (answer) => {
    const entries = harEntries(answeredValue(answer));
    await Promise.all((entries ?? []).map((entry) => ingest(entry, 'backfill')));
    matcher.finish();
    sink.backfilled?.(
      answer.via === 'failure'
        ? { state: 'failed', reason: answer.reason }
        : entries !== null
          ? { state: 'done', entries: entries.length }
          : { state: 'failed', reason: 'getHAR answered in a shape this extension does not know' },
    );
  });

  return () => {
    network.onRequestFinished.removeListener(onRequestFinished);
    network.onNavigated.removeListener(onNavigated);
  };
}
