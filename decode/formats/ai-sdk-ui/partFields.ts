import { isJsonObject, numberAt, recordAt, recordOf, stringAt } from '../../lenientFields';
import type { JsonRecord } from '../../lenientFields';
import type { NormalizedUsage } from '../../model';
import { stringOf } from '../../fieldValues';

/**
 * Lenient reads of the fields of UI-stream parts whose shape the SDK leaves open: the app's
 * `messageMetadata`, the providers' `providerMetadata`, a tool's `input` and `output`.
 */

/** The JSON text of a parsed value (a tool's input or output); "null" for a value JSON cannot hold. */
export const jsonText = (value: unknown): string => {
  // JSON.stringify(undefined) is undefined at run time, whatever its declared type says.
  const text: unknown = JSON.stringify(value);
  return typeof text === 'string' ? text : 'null';
};

/** A count, or null when the value is not a finite number (never 0 for "not reported"). */
const countAt = (record: JsonRecord, key: string, previous: number | null): number | null =>
  key in record ? (numberAt(record, key) ?? null) : previous;

/**
 * What the app put in `messageMetadata` (start, message-metadata, finish parts). The SDK sends no
 * model and no usage of its own: an app adds them, usually as the docs show, `{totalUsage}` from
 * the finish part (the corpus's gemini-ui-text-usage-1.sse) or `{usage}`, with the SDK's names
 * inputTokens, outputTokens, totalTokens, and perhaps `model`. The last value of a count wins.
 */
export const readMetadata = (
  value: unknown,
  previous: NormalizedUsage | null,
): { readonly model: string | undefined; readonly usage: NormalizedUsage | null } => {
  const metadata = recordOf(value);
  const model = stringAt(metadata, 'model');
  const counts = recordAt(metadata, 'totalUsage') ?? recordAt(metadata, 'usage');
  if (counts === undefined) return { model, usage: previous };
  const usage: NormalizedUsage = {
    prompt_tokens: countAt(counts, 'inputTokens', previous?.prompt_tokens ?? null),
    completion_tokens: countAt(counts, 'outputTokens', previous?.completion_tokens ?? null),
    total_tokens: countAt(counts, 'totalTokens', previous?.total_tokens ?? null),
  };
  return { model, usage };
};

/** A reasoning block's replay marks, written in place by markReasoning. */
export interface ReasoningMarks {
  signature: string | undefined;
  data: string | undefined;
}

/**
 * The replay marks one provider's record of `providerMetadata` holds, written into `block`. Read on
 * every reasoning delta, each field by name where it is read (stringOf, as gemini/fieldValues.ts
 * says why): stringAt's keyed reads, a different key at each call, were ~1% of a reasoning stream's
 * decode in a --cpu-prof profile, near half of what adding its plain parts cost.
 */
const markFrom = (fields: JsonRecord, block: ReasoningMarks): void => {
  const signature = stringOf(fields.signature) ?? stringOf(fields.thoughtSignature);
  if (signature !== undefined) block.signature = signature;
  const data = stringOf(fields.redactedData) ?? stringOf(fields.reasoningEncryptedContent);
  if (data !== undefined) block.data = data;
};

/**
 * What makes a reasoning block replayable, from `providerMetadata`: Anthropic's `signature` and
 * `redactedData`, Google's `thoughtSignature`, OpenAI's `reasoningEncryptedContent` (the names the
 * SDK's providers write; @ai-sdk/anthropic puts the signature on a reasoning-delta, openai on
 * reasoning-start and -end). Written into `block` (a mark found replaces the one before): read on
 * every reasoning part, so no object or array is made per part.
 */
export const markReasoning = (metadata: JsonRecord | undefined, block: ReasoningMarks): void => {
  if (metadata === undefined) return;
  for (const key in metadata) {
    // Own values only, as Object.values reads them.
    if (!Object.hasOwn(metadata, key)) continue;
    const fields = recordOf(metadata[key]);
    if (fields !== undefined) markFrom(fields, block);
  }
};

/**
 * markReasoning of a plain part's providerMetadata (plainPart.ts): its values are JSON objects and,
 * Object.prototype having no enumerable property, its for...in keys are its own, so neither is asked again.
 */
export const markPlainReasoning = (metadata: JsonRecord | undefined, block: ReasoningMarks): void => {
  if (metadata === undefined) return;
  for (const key in metadata) {
    const fields = metadata[key];
    if (isJsonObject(fields)) markFrom(fields, block);
  }
};
