/**
 * A running sum of token counts that can take a count out again exactly. Whole counts (every real
 * one) are added as BigInt: adding and removing undo each other, and a total beyond 2^53 (or a
 * count a server sent beyond it, whose digits decode/ kept) is still exact, so the toolbar can
 * show its digits instead of a rounded double. A fractional count (no provider sends one, but the
 * codec allows it) is summed as a float and cannot be removed exactly: `remove` then says so.
 */
export type TokenSum = ReturnType<typeof createTokenSum>;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The exact value of a whole count: its digits as sent when decode/ kept them, else the number. */
function wholeOf(count: number, digits: string | null): bigint | null {
  if (digits !== null) return BigInt(digits);
  return Number.isInteger(count) ? BigInt(count) : null;
}

export function createTokenSum() {
  let whole = 0n;
  let fraction = 0;
  let fractionalCounts = 0;

  return {
    /** A count the response did not report (null) adds nothing. */
    add(count: number | null, digits: string | null): void {
      if (count === null) return;
      const exact = wholeOf(count, digits);
      if (exact === null) {
        fraction += count;
        fractionalCounts += 1;
      } else {
        whole += exact;
      }
    },
    /** False when the count cannot be taken out exactly (a fractional one). */
    remove(count: number | null, digits: string | null): boolean {
      if (count === null) return true;
      const exact = wholeOf(count, digits);
      if (exact === null) return false;
      whole -= exact;
      return true;
    },
    value(): number {
      return fractionalCounts === 0 ? Number(whole) : Number(whole) + fraction;
    },
    /** The digits of a whole total beyond 2^53 (Number would round it), else null. */
    digits(): string | null {
      if (fractionalCounts > 0 || (whole <= MAX_SAFE && whole >= -MAX_SAFE)) return null;
      return whole.toString();
    },
  };
}
