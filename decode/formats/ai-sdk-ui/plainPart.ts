import type { JsonRecord } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { MAX_JSON_DEPTH, scanInto } from '../../parseJson';
import { isJsonObject } from '../../lenientFields';

/**
 * Most parts of a UI message stream are text and reasoning deltas (`{"type":"text-delta","id":…,
 * "delta":"Hel"}`, OpenAI's with `providerMetadata: {openai: {itemId}}`). Walked against their
 * codec they conform and hold no extension; for such a part, going through its three or four own
 * keys tells so without the walk (the walk was a fifth of a reasoning stream's decode, measured
 * with --cpu-prof). Anything else about a part (another field, a wrong type) takes the walk.
 */

/** `providerMetadata` as the codec wants it: a record of provider records (t.record(t.string, t.UnknownRecord)). */
const isProviderMetadata = (value: unknown): boolean => {
  if (!isJsonObject(value)) return false;
  for (const key in value) if (!isJsonObject(value[key])) return false;
  return true;
};

/**
 * Whether `part`, of a type whose codec asks for the string fields `fields` besides its type and
 * allows `providerMetadata`, holds exactly those: then it conforms and has no extension, and its
 * providerMetadata is scanned into `scan` as parseJson would scan it (nesting, numbers beyond
 * 2^53). False, with `scan` untouched, for any other part. Reads keys with for...in: the caller
 * asks only while Object.prototype has no enumerable property (enumerableInheritance.ts), so they
 * are the part's own.
 */
export const isPlainPart = (part: JsonRecord, fields: readonly string[], scan: ValueScan): boolean => {
  let strings = 0;
  let metadata: unknown;
  for (const key in part) {
    const value = part[key];
    // The codec was chosen by this type: it is the codec's literal.
    if (key === 'type') continue;
    if (key === 'providerMetadata') {
      if (!isProviderMetadata(value)) return false;
      metadata = value;
    } else if (typeof value === 'string' && fields.includes(key)) strings += 1;
    else return false;
  }
  if (strings !== fields.length) return false;
  // The part is level 1, its providerMetadata level 2: MAX_JSON_DEPTH - 1 levels left, as parseJson counts.
  if (metadata !== undefined) scanInto(metadata, MAX_JSON_DEPTH - 1, scan, false);
  return true;
};
