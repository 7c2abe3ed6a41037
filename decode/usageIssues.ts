import { numberAt, recordOf } from './lenientFields';
import type { ContractIssue } from './model';

/**
 * Usage that adds up wrongly is a value the contract does not expect: xAI and Gemini count
 * reasoning in total_tokens but not in completion_tokens, so the three numbers disagree.
 */
export const usageIssues = (usage: unknown, path: string): ContractIssue[] => {
  const record = recordOf(usage);
  const prompt = numberAt(record, 'prompt_tokens');
  const completion = numberAt(record, 'completion_tokens');
  const total = numberAt(record, 'total_tokens');
  if (prompt === undefined || completion === undefined || total === undefined) return [];
  if (prompt + completion === total) return [];
  return [
    {
      severity: 'warning',
      path: `${path}.total_tokens`,
      message: 'total_tokens is not prompt_tokens + completion_tokens',
      expected: String(prompt + completion),
      actual: String(total),
    },
  ];
};
