/**
 * Gives each stream event the time the page received the chunk that completed it. The tap
 * (issue 14) reports, per chunk its reader received, [arrival time, body length in characters
 * after it]; an event that ends at offset `e` in the body was complete once the length reached `e`.
 * The arrivals come from the page, which could forge them: entries that are not finite numbers are
 * left out, and a length that goes back is read as the longest seen so far.
 */

/** One [epoch ms, body length after the chunk] pair as TappedFacts carries them. */
export type Arrival = readonly [number, number];

/** The arrivals usable as a timeline: finite values only, lengths never decreasing. */
export function usableArrivals(arrivals: readonly Arrival[]): Arrival[] {
  const usable: Arrival[] = [];
  let longest = 0;
  for (const [at, length] of arrivals) {
    if (!Number.isFinite(at) || !Number.isFinite(length)) continue;
    longest = Math.max(longest, length);
    usable.push([at, longest]);
  }
  return usable;
}

/**
 * The arrival time (epoch ms) of each event, given where each ends in the body (rising, as
 * decode/'s streamEventEnds gives them); null for an event the arrivals do not reach (the body
 * was read further than the tap saw, or the tap dropped chunks). Linear: both lists rise.
 */
export function eventArrivalTimes(ends: readonly number[], arrivals: readonly Arrival[]): (number | null)[] {
  const usable = usableArrivals(arrivals);
  const times: (number | null)[] = [];
  let next = 0;
  for (const end of ends) {
    while (next < usable.length && (usable[next]?.[1] ?? 0) < end) next += 1;
    times.push(usable[next]?.[0] ?? null);
  }
  return times;
}

/**
 * A stream without framing (the AI SDK text stream): each chunk that added text is one event,
 * at its own arrival.
 */
export function chunkArrivalTimes(arrivals: readonly Arrival[]): number[] {
  const times: number[] = [];
  let length = 0;
  for (const [at, after] of usableArrivals(arrivals)) {
    if (after > length) times.push(at);
    length = after;
  }
  return times;
}
