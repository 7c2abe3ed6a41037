import type { ContractIssue, NormalizedToolCall } from '../model';
import { indexPath, keyPath } from '../issuePath';
import { parseJsonText } from './jsonText';
import { judgeValue } from './judgeValue';
import type { RequestContract } from './requestContract';
import type { SchemaBook } from './schemaBook';

const STRICT_TOOL = ' (the tool is strict: the provider promised arguments that match)';

export interface CallPlace {
  readonly choice: number;
  readonly index: number;
}

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
  const callPath = indexPath(keyPath(indexPath('choices', place.choice), 'message.tool_calls'), place.index);
  const target = { kind: 'tool_call' as const, choice: place.choice, index: place.index };
  const name = call.function.name;
  const tool = contract.tools.get(name);
  if (tool === undefined) {
    return [
      {
        severity: 'error',
        path: keyPath(callPath, 'function.name'),
        message: `the request offered no tool named ${JSON.stringify(name)}`,
        actual: name,
        schema: { target, at: [], keyword: 'tool' },
      },
    ];
  }
  // A custom tool takes free text, not JSON.
  if (call.type === 'custom') return [];
  const argumentsPath = keyPath(callPath, 'function.arguments');
  const parsed = parseJsonText(call.function.arguments);
  if (parsed.kind === 'failure') {
    return [
      {
        severity: 'error',
        path: argumentsPath,
        message: `the arguments are not valid JSON (${parsed.where})${tool.strict ? STRICT_TOOL : ''}`,
        actual: parsed.actual,
        schema: { target, at: [], keyword: 'json' },
      },
    ];
  }
  if (tool.schema === undefined) return [];
  const valuePlace = {
    path: argumentsPath,
    target,
    strictNote: tool.strict ? STRICT_TOOL : '',
    schemaName: `the schema of tool ${JSON.stringify(name)}`,
  };
  return judgeValue(parsed.value, tool, tool.schema, tool.openApi, valuePlace, book);
};
