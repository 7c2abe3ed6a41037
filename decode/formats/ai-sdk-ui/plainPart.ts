import type { JsonRecord } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { MAX_JSON_DEPTH, scanInto } from '../../parseJson';
import { isJsonObject } from '../../lenientFields';

/**
 * Most parts of a UI message stream are text and reasoning deltas (`{"type":"text-delta","id":…,
 * "delta":"Hel"}`, OpenAI's with `providerMetadata: {openai: {itemId}}`). Walked against their
 * codec they conform and hold no extension; for such a part, going through its three or four own
 * keys tells so without the walk (the walk was a fifth of a reasoning stream's decode, measured
 * with --cpu-prof), and the same pass reads the fields the message is built from, so the assembler
 * does not look them up again (UiMessageAssembler.addPlain). Anything else about a part (another
 * field, a wrong type) takes the walk.
 */

/** A plain part's fields as readPlainPart found them: one holder per stream, filled anew for each part. */
export interface PlainPart {
  id: string;
  /** Undefined on a part without a delta (`text-start`, `reasoning-end`, …). */
  delta: string | undefined;
  /** Each of its values is a JSON object (checked): the providers' records. */
  providerMetadata: JsonRecord | undefined;
}

export const emptyPlainPart = (): PlainPart => ({ id: '', delta: undefined, providerMetadata: undefined });

/** `providerMetadata` as the codec wants it: a record of provider records (t.record(t.string, t.UnknownRecord)). */
const isProviderMetadata = (value: unknown): value is JsonRecord => {
  if (!isJsonObject(value)) return false;
  for (const key in value) if (!isJsonObject(value[key])) return false;
  return true;
};

/**
 * Whether `part`, of a type whose codec asks for the string fields `fields` (`id`, and `delta` on a
 * delta: codecs.ts, withId and withDelta) besides its type and allows `providerMetadata`, holds
 * exactly those: then it conforms and has no extension, its fields are in `into`, and its
 * providerMetadata is scanned into `scan` as parseJson would scan it (nesting, numbers beyond
 * 2^53). False, with `scan` untouched and `into` not to be read, for any other part. Reads keys
 * with for...in: the caller asks only while Object.prototype has no enumerable property
 * (enumerableInheritance.ts), so they are the part's own.
 */
export const readPlainPart = (part: JsonRecord, fields: readonly string[], scan: ValueScan, into: PlainPart): boolean => {
  let strings = 0;
  into.id = '';
  into.delta = undefined;
  into.providerMetadata = undefined;
  for (const key in part) {
    const value = part[key];
    // The codec was chosen by this type: it is the codec's literal.
    if (key === 'type') continue;
    if (key === 'providerMetadata') {
      if (!isProviderMetadata(value)) return false;
      into.providerMetadata = value;
    } else if (typeof value === 'string' && fields.includes(key)) {
      if (key === 'id') into.id = value;
      else if (key === 'delta') into.delta = value;
      // A plain field this reader has no place for: the walk and the assembler's own reads take it.
      else return false;
      strings += 1;
    } else return false;
  }
  if (strings !== fields.length) return false;
  // The part is level 1, its providerMetadata level 2: MAX_JSON_DEPTH - 1 levels left, as parseJson counts.
  if (into.providerMetadata !== undefined) scanInto(into.providerMetadata, MAX_JSON_DEPTH - 1, scan, false);
  return true;
};
