import type { JsonRecord } from '../../lenientFields';
import { numberOf } from '../../fieldValues';
import type { NormalizedUsage } from '../../model';

/**
 * usageMetadata, which a stream repeats on every chunk: the last value of each count wins (the
 * early chunks of gemini-stream-text-1 have no candidatesTokenCount, and its last one restates
 * promptTokenCount as 13 where the first said 15). A count never reported stays null.
 *
 * One field per count, not a Map: a fold is made for every Gemini body and every stream, and a
 * Map with its sets and a lookup closure was ~3% of a generateContent body's decode.
 */
export class UsageFold {
  #seen = false;
  #prompt: number | undefined;
  #candidates: number | undefined;
  #total: number | undefined;
  #cached: number | undefined;
  #toolUsePrompt: number | undefined;
  #thoughts: number | undefined;

  add(usage: JsonRecord | undefined): void {
    if (usage === undefined) return;
    this.#seen = true;
    this.#prompt = numberOf(usage.promptTokenCount) ?? this.#prompt;
    this.#candidates = numberOf(usage.candidatesTokenCount) ?? this.#candidates;
    this.#total = numberOf(usage.totalTokenCount) ?? this.#total;
    this.#cached = numberOf(usage.cachedContentTokenCount) ?? this.#cached;
    this.#toolUsePrompt = numberOf(usage.toolUsePromptTokenCount) ?? this.#toolUsePrompt;
    this.#thoughts = numberOf(usage.thoughtsTokenCount) ?? this.#thoughts;
  }

  result(): NormalizedUsage | null {
    if (!this.#seen) return null;
    const usage: NormalizedUsage = {
      prompt_tokens: this.#prompt ?? null,
      completion_tokens: this.#candidates ?? null,
      total_tokens: this.#total ?? null,
    };
    if (this.#cached !== undefined || this.#toolUsePrompt !== undefined) {
      const promptDetails: Record<string, number> = {};
      if (this.#cached !== undefined) promptDetails.cached_tokens = this.#cached;
      if (this.#toolUsePrompt !== undefined) promptDetails.tool_use_prompt_tokens = this.#toolUsePrompt;
      usage.prompt_tokens_details = promptDetails;
    }
    if (this.#thoughts !== undefined) usage.completion_tokens_details = { reasoning_tokens: this.#thoughts };
    return usage;
  }
}
