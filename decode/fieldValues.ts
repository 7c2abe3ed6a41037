/**
 * Lenient reads of one field's value, for the folds of the formats (Gemini's reassemble.ts,
 * candidateFold.ts and usage.ts, the AI SDK UI stream's partFields.ts):
 * what lenientFields' stringAt and numberAt answer, with the field read by name where it is
 * used (`usage.promptTokenCount`), not by a key handed in (`record[key]`). A fold is run for
 * every body and every stream chunk, and a keyed read of a different name at each call is one the
 * engine cannot cache (a tenth of a small body's decode went to such reads).
 */

/** The value when it is a string. */
export const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The value when it is a finite number (JSON cannot carry NaN, but a hand-made value could). */
export const numberOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
