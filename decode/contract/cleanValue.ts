import type { ValueScan } from '../parseJson';
import { isHuge, scanInto } from '../parseJson';

/**
 * Whether the walk's scan (scanAlongside.ts) finds nothing in a value it does not go into (an
 * opaque object, an extension): no number beyond 2^53, no nesting below `levels` (MAX_JSON_DEPTH
 * less the value's depth in the body). The plain readers that stand in for the walk
 * (anthropic-messages/plainMessage.ts, openai-responses/plainResponse.ts) ask it of such values.
 */
export const isClean = (value: unknown, levels: number): boolean => {
  if (typeof value !== 'object' || value === null) return typeof value !== 'number' || !isHuge(value);
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  scanInto(value, levels, scan, false);
  return !scan.tooDeep && !scan.hugeNumber;
};
