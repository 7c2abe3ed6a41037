import type * as t from 'io-ts';
import { shapeOf } from '../../contract/codecShape';
import { excerpt } from '../../contract/contractIssues';
import { recordOf } from '../../lenientFields';
import type { ContractIssue } from '../../model';

/**
 * Anthropic adds content block and delta types with new tools (container_upload, tool_search,
 * ...) and its docs ask clients to skip the ones they do not know. A tagged union rejects such a
 * block as a whole ("wrong type or value"); this turns that one error into a warning naming the
 * type, while a known block missing a field stays an error.
 */

/** Whether `type` selects a member of the tagged union `codec` (read from the codec, not a second list). */
const knowsType = (codec: t.Mixed, type: unknown): boolean => {
  const guard = shapeOf(codec).guard;
  return guard.kind !== 'tagged' || guard.branches.has(type);
};

export const softenUnknownType = (issue: ContractIssue, value: unknown, codec: t.Mixed, what: string): ContractIssue => {
  const type = recordOf(value)?.type;
  if (issue.severity !== 'error' || typeof type !== 'string' || knowsType(codec, type)) return issue;
  return { severity: 'warning', path: issue.path, message: `a ${what} of a type this decoder does not know: ${excerpt(type, 80)}` };
};
