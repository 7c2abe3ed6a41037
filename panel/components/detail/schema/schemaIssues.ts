import type { ContractIssue, DecodedExchange, SchemaIssueFacts, SchemaIssueTarget } from '../../../../decode/index';

/** An issue with its index among the decoding's issues (how the tabs name the selected one). */
export type IndexedIssue = { readonly issue: ContractIssue; readonly index: number };

/** An issue found against the request's own schemas (issue 15), with its facts at hand. */
export type SchemaIssue = IndexedIssue & { readonly facts: SchemaIssueFacts };

/**
 * The decoding's issues in two groups: against the provider's contract (no `schema`), and against
 * the JSON Schemas the request carried (tool parameters, response_format), which Validation lists
 * apart because the fix lies with the app's prompt or schema, not with the provider.
 */
export function splitIssues(issues: readonly ContractIssue[]): { readonly contract: IndexedIssue[]; readonly schema: SchemaIssue[] } {
  const contract: IndexedIssue[] = [];
  const schema: SchemaIssue[] = [];
  issues.forEach((issue, index) => {
    if (issue.schema === undefined) contract.push({ issue, index });
    else schema.push({ issue, index, facts: issue.schema });
  });
  return { contract, schema };
}

export function sameTarget(a: SchemaIssueTarget, b: SchemaIssueTarget): boolean {
  if (a.kind === 'tool_call') return b.kind === 'tool_call' && a.choice === b.choice && a.index === b.index;
  return b.kind === a.kind && a.choice === b.choice;
}

/**
 * The JSON text a schema issue is about, as the response carried it: the tool call's arguments or
 * the choice's content (`choice` and `index` are positions in the completion's arrays, as in the
 * issue's path). Null when the decoding has no such call or no text content.
 */
export function targetText(decoded: DecodedExchange, target: SchemaIssueTarget): string | null {
  const message = decoded.completion?.choices[target.choice]?.message;
  if (message === undefined) return null;
  if (target.kind === 'content') return message.content;
  if (target.kind === 'function_call') return message.function_call?.arguments ?? null;
  return message.tool_calls?.[target.index]?.function.arguments ?? null;
}

/** What the target is called in a note: "the arguments of get_weather" or "the content of choice 0". */
export function targetName(decoded: DecodedExchange, target: SchemaIssueTarget): string {
  if (target.kind === 'content') return `the content of choice ${target.choice}`;
  if (target.kind === 'function_call') {
    const called = decoded.completion?.choices[target.choice]?.message.function_call?.name;
    return called === undefined ? `the arguments of the function_call of choice ${target.choice}` : `the arguments of ${called}`;
  }
  const name = decoded.completion?.choices[target.choice]?.message.tool_calls?.[target.index]?.function.name;
  return name === undefined || name === '' ? `the arguments of tool call ${target.index}` : `the arguments of ${name}`;
}
