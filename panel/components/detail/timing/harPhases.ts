import type { HarTimings } from '../../../../decode/index';

export type PhaseName = keyof HarTimings;

export type TimingPhase = {
  readonly name: PhaseName;
  readonly label: string;
  /** Milliseconds as the HAR gives them; null when absent or -1 ("does not apply"). */
  readonly ms: number | null;
  /** Where the phase starts on the request's timeline, in ms from its start. */
  readonly startMs: number;
};

export type TimingBreakdown = {
  readonly phases: readonly TimingPhase[];
  /** The end of the last phase: the length the waterfall bars are drawn against. */
  readonly timelineMs: number;
  /** The browser's total for the request, or the phases' sum when it gave none; null when neither is known. */
  readonly totalMs: number | null;
};

const LABELS: Readonly<Record<PhaseName, string>> = {
  blocked: 'Queueing and stalled (blocked)',
  dns: 'DNS lookup (dns)',
  connect: 'Initial connection (connect)',
  ssl: 'TLS handshake (ssl, part of connect)',
  send: 'Request sent (send)',
  wait: 'Waiting for the first byte (wait)',
  receive: 'Receiving the response (receive)',
};

const ORDER: readonly PhaseName[] = ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'];

const known = (ms: number | undefined): number | null => (ms === undefined || ms < 0 || !Number.isFinite(ms) ? null : ms);

/**
 * The HAR timings laid out one after another, as DevTools' Timing tab draws them. HAR 1.2 counts
 * `ssl` inside `connect` (kept for HAR 1.1 compatibility), so the TLS bar overlaps the end of the
 * connection bar instead of adding to the timeline.
 */
export function timingBreakdown(timings: HarTimings, durationMs: number | null): TimingBreakdown {
  let cursor = 0;
  const connect = known(timings.connect);
  const phases = ORDER.map((name): TimingPhase => {
    const ms = known(timings[name]);
    if (name === 'ssl' && connect !== null && ms !== null) return { name, label: LABELS[name], ms, startMs: Math.max(0, cursor - ms) };
    const startMs = cursor;
    cursor += ms ?? 0;
    return { name, label: LABELS[name], ms, startMs };
  });
  const totalMs = durationMs !== null && durationMs >= 0 ? durationMs : cursor > 0 ? cursor : null;
  return { phases, timelineMs: cursor, totalMs };
}

export type OutputSpeed =
  | {
      readonly known: true;
      readonly tokensPerSecond: number;
      readonly tokens: number;
      readonly overMs: number;
      /** receive (first byte to last, a stream's generation time) or wait + receive (a JSON body arrives at once). */
      readonly basis: 'receive' | 'wait + receive';
    }
  | { readonly known: false; readonly why: string };

/**
 * Completion tokens per second. For a stream the time is `receive`: from the first byte of the
 * response to its last, i.e. while the tokens were being streamed (time to first byte, which is
 * mostly prompt processing, is left out). A JSON response arrives in one piece after the whole
 * generation, so there the time is `wait + receive`.
 */
export function outputSpeed(completionTokens: number | null, timings: HarTimings, isStream: boolean): OutputSpeed {
  if (completionTokens === null) return { known: false, why: 'the response reports no completion tokens' };
  const receive = known(timings.receive);
  const wait = known(timings.wait);
  const overMs = isStream ? receive : receive === null || wait === null ? null : wait + receive;
  if (overMs === null)
    return { known: false, why: `the browser did not record ${isStream ? 'the receive time' : 'the wait and receive times'}` };
  if (overMs <= 0) return { known: false, why: 'the measured time is 0 ms' };
  return {
    known: true,
    tokensPerSecond: completionTokens / (overMs / 1000),
    tokens: completionTokens,
    overMs,
    basis: isStream ? 'receive' : 'wait + receive',
  };
}
