import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { NO_ISSUES } from '../issueLog';
import type { ContractIssue, FormatName, NormalizedCompletion, NormalizedMessage } from '../model';
import { parseJsonValue } from '../parseJson';
import { CONTRACT_READERS, mayAskForJson } from './contractReaders';
import type { RequestContract } from './requestContract';
import { SchemaBook } from './schemaBook';
import { contentIssues } from './contentIssues';
import { functionCallPlace, toolCallIssues, toolCallPlace } from './toolCallIssues';

/**
 * The response held to the app's own contract, as the request stated it (issue 15): tool calls
 * against the tools offered, structured content against the schema asked for. Every issue carries
 * `schema` (model.ts, SchemaIssueFacts). No request body, or one that is not a JSON object, or a
 * format whose requests carry no schemas: no checks.
 */

const hasToolCalls = (message: NormalizedMessage): boolean =>
  (message.tool_calls !== undefined && message.tool_calls.length > 0) || message.function_call !== undefined;

const choiceHasToolCalls = (choice: NormalizedCompletion['choices'][number]): boolean => hasToolCalls(choice.message);

const contractOf = (format: FormatName, requestBody: string | null, completion: NormalizedCompletion): RequestContract | undefined => {
  const reader = CONTRACT_READERS[format];
  if (reader === undefined || requestBody === null) return undefined;
  if (!completion.choices.some(choiceHasToolCalls) && !mayAskForJson(requestBody)) return undefined;
  const parsed = parseJsonValue(requestBody);
  if (E.isLeft(parsed) || !t.UnknownRecord.is(parsed.right)) return undefined;
  return reader(parsed.right);
};

export const requestSchemaIssues = (
  format: FormatName,
  requestBody: string | null,
  completion: NormalizedCompletion | null,
): readonly ContractIssue[] => {
  // No checks (most exchanges): one shared empty array, not one made per exchange.
  if (completion === null) return NO_ISSUES;
  const contract = contractOf(format, requestBody, completion);
  if (contract === undefined) return NO_ISSUES;
  // Each schema is compiled once for the exchange, however many calls or choices it judges.
  const book = new SchemaBook();
  const issues: ContractIssue[] = [];
  completion.choices.forEach((choice, position) => {
    const { tool_calls: toolCalls, function_call: functionCall } = choice.message;
    toolCalls?.forEach((call, index) => issues.push(...toolCallIssues(call, toolCallPlace(position, index), contract, book)));
    if (functionCall !== undefined) {
      const call = { id: '', type: 'function', function: functionCall };
      issues.push(...toolCallIssues(call, functionCallPlace(position), contract, book));
    }
    if (contract.output !== undefined && !hasToolCalls(choice.message)) {
      issues.push(...contentIssues(choice.message, position, contract.output, book));
    }
  });
  return issues;
};
