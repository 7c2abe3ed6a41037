import type { NormalizedUsage } from '../../decode/index';

/** total_tokens that is not prompt + completion, and by how much (xAI counts reasoning outside completion_tokens). */
export type UsageMismatch = {
  readonly prompt: number;
  readonly completion: number;
  readonly total: number;
  /** total − (prompt + completion); negative when the total is smaller. */
  readonly difference: number;
  /** The detail whose count equals the difference (e.g. reasoning_tokens), when one does. */
  readonly explainedBy: string | null;
};

export function usageMismatch(usage: NormalizedUsage): UsageMismatch | null {
  const { prompt_tokens: prompt, completion_tokens: completion, total_tokens: total } = usage;
  if (prompt === null || completion === null || total === null) return null;
  const difference = total - (prompt + completion);
  if (difference === 0) return null;
  const explainedBy = Object.entries(usage.completion_tokens_details ?? {}).find(([, count]) => count === difference)?.[0] ?? null;
  return { prompt, completion, total, difference, explainedBy };
}

/** Prompt and completion shares of their sum, in whole percent; null when either is unknown or both are 0. */
export function promptCompletionShares(usage: NormalizedUsage): { readonly prompt: number; readonly completion: number } | null {
  const { prompt_tokens: prompt, completion_tokens: completion } = usage;
  if (prompt === null || completion === null || prompt + completion === 0) return null;
  const promptShare = Math.round((prompt / (prompt + completion)) * 100);
  return { prompt: promptShare, completion: 100 - promptShare };
}
