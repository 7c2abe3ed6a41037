import type { ContractIssue } from '../../model';

/**
 * A blocked prompt: HTTP 200, `promptFeedback` and no candidate. Not a departure from the
 * contract but an outcome a user must not miss, so a warning says it in words beside the empty
 * choice whose finish_reason is the block reason.
 */
export const blockedIssue = (path: string, reason: string | undefined, message: string | undefined): ContractIssue => {
  const why = [reason, message].filter((part) => part !== undefined).join(': ');
  return {
    severity: 'warning',
    path,
    message: why === '' ? 'the prompt was blocked (promptFeedback, no candidates)' : `the prompt was blocked: ${why}`,
  };
};
