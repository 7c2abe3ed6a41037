import * as t from 'io-ts';

/**
 * Lenient reads of parsed JSON for the normalized view, each narrowed by an io-ts guard: the view
 * must render whatever is there even when the strict contract decode failed.
 */

export type JsonRecord = t.TypeOf<typeof t.UnknownRecord>;

/** A JSON object, as JSON.parse makes them (an array or null is none): what the plain readers ask first of a value. */
export const isJsonObject = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

export const recordOf = (value: unknown): JsonRecord | undefined => (t.UnknownRecord.is(value) ? value : undefined);

export const arrayOf = (value: unknown): readonly unknown[] | undefined => (t.UnknownArray.is(value) ? value : undefined);

const NO_RECORDS: readonly JsonRecord[] = [];

const onlyRecords = (items: readonly unknown[]): items is readonly JsonRecord[] => items.every((item) => t.UnknownRecord.is(item));

/**
 * The objects among an array's elements. Read once per chunk of a long stream, so no array is made
 * when there is nothing to leave out (almost always) or nothing at all; callers only read the result.
 */
export const recordsIn = (value: unknown): readonly JsonRecord[] => {
  const items = arrayOf(value);
  if (items === undefined || items.length === 0) return NO_RECORDS;
  if (onlyRecords(items)) return items;
  const records: JsonRecord[] = [];
  for (const item of items) {
    const record = recordOf(item);
    if (record !== undefined) records.push(record);
  }
  return records;
};

export const stringAt = (record: JsonRecord | undefined, key: string): string | undefined => {
  const value = record?.[key];
  return t.string.is(value) ? value : undefined;
};

/** A finite number (JSON cannot carry NaN, but a hand-made value could). */
export const numberAt = (record: JsonRecord | undefined, key: string): number | undefined => {
  const value = record?.[key];
  return t.number.is(value) && Number.isFinite(value) ? value : undefined;
};

export const recordAt = (record: JsonRecord | undefined, key: string): JsonRecord | undefined => recordOf(record?.[key]);

/** Whether the key is present with a value other than null. */
export const hasValue = (record: JsonRecord | undefined, key: string): boolean =>
  record !== undefined && record[key] !== undefined && record[key] !== null;

/** Text for a non-empty string, undefined for anything else (LM Studio sends reasoning_content ""). */
export const nonEmptyStringAt = (record: JsonRecord | undefined, key: string): string | undefined => {
  const value = stringAt(record, key);
  return value === undefined || value === '' ? undefined : value;
};
