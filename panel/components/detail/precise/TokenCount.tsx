import { tokenCountText } from '../../../format/tokens';
import { PreciseDigits } from './PreciseDigits';
import { groupedDigits } from './preciseDigits';

type Props = {
  readonly count: number | null;
  /** The digits as sent (or an exact total) when the count is beyond 2^53, else null. */
  readonly digits: string | null;
  readonly notReported: string;
};

/** A token count of the list or the session totals: "1,234", or the exact digits, marked, beyond 2^53. */
export function TokenCount({ count, digits, notReported }: Props) {
  return digits === null ? <>{tokenCountText(count, notReported)}</> : <PreciseDigits text={groupedDigits(digits)} />;
}

/** The same as plain text, for a title. */
export function tokenCountTitle(count: number | null, digits: string | null, notReported: string): string {
  return digits === null ? tokenCountText(count, notReported) : groupedDigits(digits);
}
