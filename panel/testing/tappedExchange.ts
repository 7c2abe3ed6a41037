import type { CapturedExchange } from '../../decode/index';

/**
 * Exchanges as the Live tap (issue 14) would have filled them, made by hand for tests and the
 * shell: a real body cut into the chunks a server would send, each given an arrival time.
 */

/** The body cut after every `separator`: one chunk per event, as a server writing each event at once sends it. */
export const piecesAfter = (body: string, separator: string): string[] => {
  const pieces = body.split(separator).map((piece) => piece + separator);
  // The last piece got a separator the body did not end with.
  const rest = (pieces.pop() ?? '').slice(0, -separator.length);
  return rest === '' ? pieces : [...pieces, rest];
};

type TapTimes = {
  /** Epoch ms the request started. */
  readonly startedAt: number;
  /** Per piece, ms after the start that it arrived. */
  readonly times: readonly number[];
  /** ms after the start that the response headers arrived. */
  readonly responseMs: number;
  readonly outcome?: 'in-flight' | 'complete' | 'aborted' | 'error';
  readonly confirmed?: boolean;
};

/**
 * `captured` with `tapped` for the given pieces (their joined text becomes the body: a stream in
 * flight has only what arrived). It ended 5 ms after its last piece unless still in flight.
 */
export const tappedExchange = (captured: CapturedExchange, pieces: readonly string[], tap: TapTimes): CapturedExchange => {
  let length = 0;
  const arrivals = pieces.map((piece, index): [number, number] => {
    length += piece.length;
    return [tap.startedAt + (tap.times[index] ?? Number.NaN), length];
  });
  const outcome = tap.outcome ?? 'complete';
  const last = tap.times[pieces.length - 1] ?? 0;
  return {
    ...captured,
    startedAt: tap.startedAt,
    body: pieces.join(''),
    tapped: {
      arrivals,
      responseAt: tap.startedAt + tap.responseMs,
      outcome,
      endedAt: outcome === 'in-flight' ? null : tap.startedAt + last + 5,
      confirmed: tap.confirmed ?? false,
    },
  };
};
