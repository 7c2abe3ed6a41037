import type { ContractIssue, NormalizedMessage } from '../model';
import { indexPath, keyPath } from '../issuePath';
import { parseJsonText } from './jsonText';
import { judgeValue } from './judgeValue';
import type { OutputContract } from './requestContract';
import { kindOf } from './ruleText';
import type { SchemaBook } from './schemaBook';

const STRICT_OUTPUT = ' (the schema is strict: the provider promised output that matches)';

const ASKED: Readonly<Record<OutputContract['kind'], string>> = {
  json_object: 'a JSON object',
  json: 'JSON',
  schema: 'JSON that matches its schema',
};

/**
 * A choice's text against the structured output the request asked for. A refusal, or a message
 * with no text at all, is not held to it: the provider answered otherwise, and says so elsewhere.
 */
export const contentIssues = (message: NormalizedMessage, choice: number, output: OutputContract, book: SchemaBook): ContractIssue[] => {
  if (message.content === null || message.refusal !== undefined) return [];
  const path = keyPath(indexPath('choices', choice), 'message.content');
  const target = { kind: 'content' as const, choice };
  const strictNote = output.kind === 'schema' && output.strict ? STRICT_OUTPUT : '';
  const parsed = parseJsonText(message.content);
  if (parsed.kind === 'failure') {
    return [
      {
        severity: 'error',
        path,
        message: `the content is not valid JSON (${parsed.where}); the request asked for ${ASKED[output.kind]}${strictNote}`,
        actual: parsed.actual,
        schema: { target, at: [], keyword: 'json' },
      },
    ];
  }
  if (output.kind === 'json') return [];
  if (output.kind === 'json_object') {
    const value = parsed.value;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (isObject) return [];
    return [
      {
        severity: 'error',
        path,
        message: `must be a JSON object (the request asked for json_object); got ${kindOf(value)}`,
        schema: { target, at: [], keyword: 'type' },
      },
    ];
  }
  return judgeValue(
    parsed.value,
    output,
    output.schema,
    output.openApi,
    { path, target, strictNote, schemaName: "the response format's schema" },
    book,
  );
};
