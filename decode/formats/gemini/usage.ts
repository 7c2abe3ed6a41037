import type { JsonRecord } from '../../lenientFields';
import { numberAt } from '../../lenientFields';
import type { NormalizedUsage } from '../../model';

/**
 * usageMetadata, which a stream repeats on every chunk: the last value of each count wins (the
 * early chunks of gemini-stream-text-1 have no candidatesTokenCount, and its last one restates
 * promptTokenCount as 13 where the first said 15). A count never reported stays null.
 */
export class UsageFold {
  #seen = false;
  readonly #counts = new Map<string, number>();

  add(usage: JsonRecord | undefined): void {
    if (usage === undefined) return;
    this.#seen = true;
    for (const key of COUNTS) {
      const value = numberAt(usage, key);
      if (value !== undefined) this.#counts.set(key, value);
    }
  }

  result(): NormalizedUsage | null {
    if (!this.#seen) return null;
    const count = (key: string): number | null => this.#counts.get(key) ?? null;
    const usage: NormalizedUsage = {
      prompt_tokens: count('promptTokenCount'),
      completion_tokens: count('candidatesTokenCount'),
      total_tokens: count('totalTokenCount'),
    };
    const promptDetails: Record<string, number> = {};
    const cached = this.#counts.get('cachedContentTokenCount');
    if (cached !== undefined) promptDetails.cached_tokens = cached;
    const toolUse = this.#counts.get('toolUsePromptTokenCount');
    if (toolUse !== undefined) promptDetails.tool_use_prompt_tokens = toolUse;
    if (Object.keys(promptDetails).length > 0) usage.prompt_tokens_details = promptDetails;
    const thoughts = this.#counts.get('thoughtsTokenCount');
    if (thoughts !== undefined) usage.completion_tokens_details = { reasoning_tokens: thoughts };
    return usage;
  }
}

const COUNTS = [
  'promptTokenCount',
  'candidatesTokenCount',
  'totalTokenCount',
  'cachedContentTokenCount',
  'toolUsePromptTokenCount',
  'thoughtsTokenCount',
] as const;
