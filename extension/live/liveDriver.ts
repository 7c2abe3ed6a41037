import { answeredValue, withinTimeout } from '../browserAnswer';
import { judgeDrainAnswer } from './drainAnswer';
import { evalAnswerOf, isRestrictedPageFailure } from './evalAnswer';
import type { EvalAnswer } from './evalAnswer';
import type { TapDrain } from './tapDrain';

/** The tap's three expressions (extension/live/pageTap.ts makes them from its config). */
export interface TapExpressions {
  /** Installs the tap if missing (idempotent). */
  readonly install: string;
  /** A JSON string of a TapDrain, or null when no tap is installed; forgets the chunks it returns. */
  readonly drain: string;
  /** For `inspectedWindow.reload({ injectedScript })`: taps the page before its own scripts run. */
  readonly injectedScript: string;
}

/** The part of `browser.devtools.inspectedWindow` Live uses (webextension-polyfill in both browsers). */
export interface InspectedPage {
  eval(expression: string): PromiseLike<unknown>;
  reload(options: { injectedScript: string }): unknown;
}

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(handle: number): void;
}

/** What the switch shows besides on/off. */
export type LiveDriverStatus = {
  readonly polling: boolean;
  /** Why Live cannot run on this page (a browser or store page refuses eval); null when it can. */
  readonly unavailable: string | null;
  /** Drains that were not a tap's data (too large, not JSON, not a TapDrain): a page forging the tap. */
  readonly rejectedDrains: number;
  readonly lastRejection: string | null;
  /** What the tap's bounded buffer dropped, as its latest drain said. */
  readonly droppedChunks: number;
};

/** Polling cadence (issue 14): quick while a stream is open, slower otherwise; a new request is listed within 1 s. */
export const OPEN_INTERVAL_MS = 150;
export const IDLE_INTERVAL_MS = 500;
/** A page that refuses eval is asked again now and then: the user may navigate to one that accepts. */
export const REFUSED_INTERVAL_MS = 1_000;
const EVAL_TIMEOUT_MS = 5_000;

type Options = {
  readonly page: InspectedPage;
  readonly expressions: TapExpressions;
  readonly timers: Timers;
  readonly onDrain: (drain: TapDrain) => void;
  readonly onStatus: (status: LiveDriverStatus) => void;
};

/**
 * The devtools side of Live: installs the tap with `inspectedWindow.eval`, then drains it on a
 * timer, never two evals in flight. A drain answering null (the page navigated) re-installs it.
 * stop() stops polling at once; the tap stays in the page until it navigates (nothing can take a
 * wrapped `fetch` back safely while the app may hold it).
 */
export function createLiveDriver({ page, expressions, timers, onDrain, onStatus }: Options) {
  let polling = false;
  let busy = false;
  let timer: number | null = null;
  let status: LiveDriverStatus = { polling: false, unavailable: null, rejectedDrains: 0, lastRejection: null, droppedChunks: 0 };
  const update = (change: Partial<LiveDriverStatus>): void => {
    const next = { ...status, ...change };
    if (Object.entries(next).every(([key, value]) => Reflect.get(status, key) === value)) return;
    status = next;
    onStatus(status);
  };

  const evaluate = async (expression: string): Promise<EvalAnswer> => {
    const answer = await withinTimeout(() => page.eval(expression), EVAL_TIMEOUT_MS);
    return answer.via === 'failure' ? { ok: false, reason: answer.reason } : evalAnswerOf(answeredValue(answer));
  };

  const schedule = (ms: number): void => {
    if (!polling) return;
    if (timer !== null) timers.clear(timer);
    timer = timers.set(() => {
      timer = null;
      void tick();
    }, ms);
  };

  /** One poll: drain, or install when there is no tap; returns when to poll next. */
  const poll = async (): Promise<number> => {
    const answer = await evaluate(expressions.drain);
    if (!answer.ok) {
      if (isRestrictedPageFailure(answer.reason)) {
        update({ unavailable: answer.reason });
        return REFUSED_INTERVAL_MS;
      }
      return IDLE_INTERVAL_MS;
    }
    update({ unavailable: null });
    const verdict = judgeDrainAnswer(answer.result);
    if (verdict.kind === 'rejected') {
      update({ rejectedDrains: status.rejectedDrains + 1, lastRejection: verdict.reason });
      return IDLE_INTERVAL_MS;
    }
    if (verdict.kind === 'none') {
      if (!polling) return IDLE_INTERVAL_MS;
      const installed = await evaluate(expressions.install);
      if (!installed.ok && isRestrictedPageFailure(installed.reason)) update({ unavailable: installed.reason });
      // Drain soon after installing: a request the page starts right away is listed within a poll.
      return OPEN_INTERVAL_MS;
    }
    update({ droppedChunks: verdict.drain.dropped.chunks });
    onDrain(verdict.drain);
    return verdict.drain.requests.some((request) => request.end === null) ? OPEN_INTERVAL_MS : IDLE_INTERVAL_MS;
  };

  const tick = async (): Promise<void> => {
    if (busy || !polling) return;
    busy = true;
    let next = IDLE_INTERVAL_MS;
    try {
      next = await poll();
    } catch {
      // A listener that threw must not end polling; the next poll tries again.
    } finally {
      busy = false;
    }
    schedule(next);
  };

  return {
    start(): void {
      if (polling) return;
      polling = true;
      update({ polling: true });
      void tick();
    },
    /** Stops polling at once; an eval already in flight still delivers what it drained. */
    stop(): void {
      polling = false;
      if (timer !== null) timers.clear(timer);
      timer = null;
      update({ polling: false, unavailable: null });
    },
    /** Reloads the page with the tap injected before its scripts run (an SDK that keeps `fetch` from startup). */
    reloadAndCapture(): void {
      try {
        page.reload({ injectedScript: expressions.injectedScript });
      } catch (error) {
        update({ unavailable: error instanceof Error ? error.message : String(error) });
      }
    },
    status: (): LiveDriverStatus => status,
  };
}

export type LiveDriver = ReturnType<typeof createLiveDriver>;
