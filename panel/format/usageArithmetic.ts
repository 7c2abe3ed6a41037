import type { NormalizedUsage } from '../../decode/index';

/** total_tokens that is not prompt + completion, and by how much (xAI counts reasoning outside completion_tokens). */
export type UsageMismatch = {
  readonly prompt: number;
  readonly completion: number;
  readonly total: number;
  /** total − (prompt + completion); negative when the total is smaller. */
  readonly difference: number;
  /**
   * The details whose counts add up to the difference (xAI's reasoning_tokens; Gemini's
   * reasoning_tokens + tool_use_prompt_tokens, its thoughts and tool-use prompt), when some do.
   */
  readonly explainedBy: readonly string[] | null;
};

/**
 * Prompt-side details a provider may count outside the prompt (Gemini's toolUsePromptTokenCount);
 * the others (cached_tokens, audio_tokens) are parts of the prompt and never explain a total.
 */
const OUTSIDE_PROMPT = new Set(['tool_use_prompt_tokens']);

/** The fewest details whose counts add up to `difference`, trying singles first; null when none do. */
const explaining = (usage: NormalizedUsage, difference: number): readonly string[] | null => {
  const candidates = [
    ...Object.entries(usage.completion_tokens_details ?? {}),
    ...Object.entries(usage.prompt_tokens_details ?? {}).filter(([key]) => OUTSIDE_PROMPT.has(key)),
  ].filter(([, count]) => count > 0);
  // A handful of details at most: every subset is cheap, and the smallest that fits is the likeliest reading.
  if (candidates.length > 8) return null;
  let best: readonly string[] | null = null;
  for (let mask = 1; mask < 1 << candidates.length; mask += 1) {
    const picked = candidates.filter((_, index) => (mask & (1 << index)) !== 0);
    const sum = picked.reduce((total, [, count]) => total + count, 0);
    if (sum === difference && (best === null || picked.length < best.length)) best = picked.map(([key]) => key);
  }
  return best;
};

export function usageMismatch(usage: NormalizedUsage): UsageMismatch | null {
  const { prompt_tokens: prompt, completion_tokens: completion, total_tokens: total } = usage;
  if (prompt === null || completion === null || total === null) return null;
  const difference = total - (prompt + completion);
  if (difference === 0) return null;
  return { prompt, completion, total, difference, explainedBy: explaining(usage, difference) };
}

/** Prompt and completion shares of their sum, in whole percent; null when either is unknown or both are 0. */
export function promptCompletionShares(usage: NormalizedUsage): { readonly prompt: number; readonly completion: number } | null {
  const { prompt_tokens: prompt, completion_tokens: completion } = usage;
  if (prompt === null || completion === null || prompt + completion === 0) return null;
  const promptShare = Math.round((prompt / (prompt + completion)) * 100);
  return { prompt: promptShare, completion: 100 - promptShare };
}
