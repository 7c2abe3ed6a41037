import { arrayOf, recordOf, stringAt } from '../../lenientFields';
import type { ContractIssue } from '../../model';
import { KNOWN_ITEM_TYPES } from './responseCodecs';

/**
 * OpenAI adds output item types often (computer_call, local_shell_call, mcp_list_tools,
 * compaction, ...). io-ts reports an item whose `type` no member of the tagged union takes as
 * "wrong type or value" at the item: an error, though the item is most likely a newer kind of
 * item than the codecs know. Such an issue becomes a warning naming the type; an item of a known
 * type that departs from its codec keeps its error.
 */

const ITEM_PATH = /(?:^|\.)(?:output\[\d+\]|item)$/;
const STEP = /([^.[\]]+)|\[(\d+)\]/g;

/** The value at an issue's path inside `root` (`response.output[3]`, `item`). */
const valueAt = (root: unknown, path: string): unknown => {
  let value = root;
  for (const match of path.matchAll(STEP)) {
    const index = match[2];
    value = index === undefined ? recordOf(value)?.[match[1] ?? ''] : arrayOf(value)?.[Number(index)];
    if (value === undefined) return undefined;
  }
  return value;
};

export const softenUnknownItems = (issues: ContractIssue[], root: unknown): ContractIssue[] => {
  if (issues.length === 0) return issues;
  return issues.map((issue) => {
    if (issue.severity !== 'error' || !ITEM_PATH.test(issue.path)) return issue;
    const type = stringAt(recordOf(valueAt(root, issue.path)), 'type');
    if (type === undefined || KNOWN_ITEM_TYPES.has(type)) return issue;
    return {
      severity: 'warning',
      path: `${issue.path}.type`,
      message: 'an output item of a type this decoder does not check',
      expected: [...KNOWN_ITEM_TYPES].join(', '),
      actual: type,
    };
  });
};
