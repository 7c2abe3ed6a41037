import type { JsonRecord } from '../../lenientFields';
import { isHuge } from '../../parseJson';
import type { ValueScan } from '../../parseJson';
import type { DataPartKind } from './codecs';
import { isJsonObject } from '../../lenientFields';

/**
 * Most lines of a data stream that are not text are flat: `f:{"messageId":…}`, the `b:`/`c:` of a
 * streamed tool call, `j:` signatures, and the finish parts `e:`/`d:`
 * (`{"finishReason":"stop","usage":{"promptTokens":13,"completionTokens":8}}`). Walked against
 * their codec they conform and hold no extension; for such a line, going through its own few keys
 * tells so without the walk (the walk was ~5% of a data stream's decode, --cpu-prof). Anything else
 * about a line (another field, a wrong type) takes the walk. Reads keys with for...in: the caller
 * asks only while Object.prototype has no enumerable property (enumerableInheritance.ts).
 */

/** Whether `record` holds exactly the string fields `fields`, and nothing else. */
const hasOnlyStrings = (record: JsonRecord, fields: readonly string[]): boolean => {
  let strings = 0;
  for (const key in record) {
    if (typeof record[key] === 'string' && fields.includes(key)) strings += 1;
    else return false;
  }
  return strings === fields.length;
};

/** A token count as DataUsage takes it: a number, or null (the SDK's NaN). */
const isCount = (value: unknown): value is number | null => value === null || typeof value === 'number';

/** Whether `usage` holds exactly the two counts DataUsage asks for, and nothing else. */
const isPlainUsage = (usage: unknown): usage is JsonRecord => {
  if (!isJsonObject(usage)) return false;
  let counts = 0;
  for (const key in usage) {
    if ((key === 'promptTokens' || key === 'completionTokens') && isCount(usage[key])) counts += 1;
    else return false;
  }
  return counts === 2;
};

/** Whether a count of a plain usage lies beyond 2^53 (the walk would note it in the scan). */
const hugeCount = (usage: JsonRecord): boolean => {
  const prompt = usage.promptTokens;
  const completion = usage.completionTokens;
  return (typeof prompt === 'number' && isHuge(prompt)) || (typeof completion === 'number' && isHuge(completion));
};

/**
 * A finish part holding its finishReason and, as the SDK writes them, its usage and (a step's)
 * isContinued, nothing else; a count beyond 2^53 sets `scan.hugeNumber` as the walk would.
 */
const isPlainFinish = (record: JsonRecord, step: boolean, scan: ValueScan): boolean => {
  let reason = false;
  let huge = false;
  for (const key in record) {
    const value = record[key];
    if (key === 'finishReason' && typeof value === 'string') reason = true;
    else if (key === 'usage' && isPlainUsage(value)) huge = hugeCount(value);
    else if (!(step && key === 'isContinued' && typeof value === 'boolean')) return false;
  }
  if (!reason) return false;
  if (huge) scan.hugeNumber = true;
  return true;
};

/**
 * Whether a line's parsed value, of the part `kind`, conforms to its codec with no extension, told
 * by its own keys; its numbers beyond 2^53 noted in `scan` as the walk notes them. False, with
 * `scan` untouched, for any value this does not tell (the caller walks it).
 */
export const isPlainLine = (kind: DataPartKind, value: unknown, scan: ValueScan): boolean => {
  if (!isJsonObject(value)) return false;
  if (kind.stringFields !== undefined) return hasOnlyStrings(value, kind.stringFields);
  if (kind.name === 'finish_message') return isPlainFinish(value, false, scan);
  if (kind.name === 'finish_step') return isPlainFinish(value, true, scan);
  return false;
};
