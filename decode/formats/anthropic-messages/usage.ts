import type { JsonRecord } from '../../lenientFields';
import { numberAt, recordAt } from '../../lenientFields';
import type { NormalizedUsage } from '../../model';

/**
 * Anthropic's usage in the normalized shape: input_tokens → prompt_tokens, output_tokens →
 * completion_tokens, total_tokens null (Anthropic reports none, and none is computed); the cache
 * counts and the thinking share under their own names. In a stream the counts arrive in parts
 * (input and cache in message_start, the cumulative output in message_delta, which may restate
 * input_tokens): each count's last reported value wins, and a count never reported stays null.
 */
export class UsageCounts {
  #input: number | undefined;
  #output: number | undefined;
  #cacheRead: number | undefined;
  #cacheCreation: number | undefined;
  #thinking: number | undefined;

  /** Takes the counts a usage object reports; absent or non-numeric ones leave the earlier value. */
  add(usage: JsonRecord | undefined): void {
    if (usage === undefined) return;
    this.#input = numberAt(usage, 'input_tokens') ?? this.#input;
    this.#output = numberAt(usage, 'output_tokens') ?? this.#output;
    this.#cacheRead = numberAt(usage, 'cache_read_input_tokens') ?? this.#cacheRead;
    this.#cacheCreation = numberAt(usage, 'cache_creation_input_tokens') ?? this.#cacheCreation;
    this.#thinking = numberAt(recordAt(usage, 'output_tokens_details'), 'thinking_tokens') ?? this.#thinking;
  }

  /** null when no count was reported at all. */
  result(): NormalizedUsage | null {
    if (
      this.#input === undefined &&
      this.#output === undefined &&
      this.#cacheRead === undefined &&
      this.#cacheCreation === undefined &&
      this.#thinking === undefined
    )
      return null;
    const usage: NormalizedUsage = { prompt_tokens: this.#input ?? null, completion_tokens: this.#output ?? null, total_tokens: null };
    if (this.#cacheRead !== undefined || this.#cacheCreation !== undefined) {
      const promptDetails: Record<string, number> = {};
      if (this.#cacheRead !== undefined) promptDetails.cache_read_input_tokens = this.#cacheRead;
      if (this.#cacheCreation !== undefined) promptDetails.cache_creation_input_tokens = this.#cacheCreation;
      usage.prompt_tokens_details = promptDetails;
    }
    if (this.#thinking !== undefined) usage.completion_tokens_details = { thinking_tokens: this.#thinking };
    return usage;
  }
}

/** The usage of one JSON body. */
export const normalizeUsage = (usage: JsonRecord | undefined): NormalizedUsage | null => {
  const counts = new UsageCounts();
  counts.add(usage);
  return counts.result();
};
