import { isHuge } from '../../parseJson';

/** The tests the plain readers (plainResponse.ts, plainCandidate.ts, plainGrounding.ts, plainError.ts) share. */

/** A number t.number takes and the scan finds safe. */
export const isSafeNumber = (value: unknown): boolean => typeof value === 'number' && !isHuge(value);

/** Whether `value` is an array whose every element `isPlain` takes. */
export const allPlain = (value: unknown, isPlain: (item: unknown) => boolean): boolean => {
  if (!Array.isArray(value)) return false;
  for (let at = 0; at < value.length; at += 1) if (!isPlain(value[at])) return false;
  return true;
};
