import type { ContractIssue, NormalizedToolCall, SchemaIssueTarget } from '../model';
import { indexPath, keyPath } from '../issuePath';
import { parseJsonText } from './jsonText';
import { judgeValue } from './judgeValue';
import type { RequestContract, ToolContract } from './requestContract';
import type { SchemaBook } from './schemaBook';

/** Where a call sits: the issue paths of its name and arguments, and its target. */
export interface CallPlace {
  readonly namePath: string;
  readonly argumentsPath: string;
  readonly target: SchemaIssueTarget;
}

/** A tool call at `choices[choice].message.tool_calls[index].function`. */
export const toolCallPlace = (choice: number, index: number): CallPlace => {
  const fn = keyPath(indexPath(keyPath(indexPath('choices', choice), 'message.tool_calls'), index), 'function');
  return { namePath: keyPath(fn, 'name'), argumentsPath: keyPath(fn, 'arguments'), target: { kind: 'tool_call', choice, index } };
};

/** The legacy single call at `choices[choice].message.function_call`, held to the offered `functions` as a tool call is. */
export const functionCallPlace = (choice: number): CallPlace => {
  const call = keyPath(indexPath('choices', choice), 'message.function_call');
  return { namePath: keyPath(call, 'name'), argumentsPath: keyPath(call, 'arguments'), target: { kind: 'function_call', choice } };
};

/** Appended to each issue of a strict tool: the provider promised arguments that match. */
const strictNoteOf = (tool: ToolContract): string =>
  tool.strict === 'declared'
    ? ' (the tool is strict: the provider promised arguments that match)'
    : tool.strict === 'by default'
      ? ' (Responses tools are strict unless strict is false: the provider promised arguments that match)'
      : '';

/**
 * One tool call against the tools the request offered: a name it offered, arguments that are
 * JSON, arguments its schema accepts. Unparseable arguments are reported here and nowhere else
 * (the rest of decode/ keeps arguments as text).
 */
export const toolCallIssues = (
  call: NormalizedToolCall,
  place: CallPlace,
  contract: RequestContract,
  book: SchemaBook,
): ContractIssue[] => {
  const { namePath, argumentsPath, target } = place;
  const name = call.function.name;
  const tool = contract.tools.get(name);
  if (tool === undefined) {
    return [
      {
        severity: 'error',
        path: namePath,
        // No `actual`: the message quotes the name already.
        message: `the request offered no tool named ${JSON.stringify(name)}`,
        schema: { target, at: [], keyword: 'tool' },
      },
    ];
  }
  // A custom tool takes free text, not JSON.
  if (call.type === 'custom') return [];
  const parsed = parseJsonText(call.function.arguments);
  if (parsed.kind === 'failure') {
    return [
      {
        severity: 'error',
        path: argumentsPath,
        message: `the arguments are not valid JSON (${parsed.where})${strictNoteOf(tool)}`,
        actual: parsed.actual,
        schema: { target, at: [], keyword: 'json' },
      },
    ];
  }
  if (tool.schema === undefined) return [];
  const valuePlace = {
    path: argumentsPath,
    target,
    strictNote: strictNoteOf(tool),
    schemaName: `the schema of tool ${JSON.stringify(name)}`,
  };
  return judgeValue(parsed.value, tool, tool.schema, tool.openApi, valuePlace, book);
};
