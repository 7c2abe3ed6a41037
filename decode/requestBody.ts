import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { recordAt, recordsIn, stringAt } from './lenientFields';
import type { RequestMessage, RequestSummary } from './model';
import { contentPieces, normalizeToolCall } from './normalizeMessage';
import { parseJsonValue } from './parseJson';

/**
 * The request body of a chat completion, read for what a user checks first: which model, the
 * conversation with its roles and tool results, whether it streamed, which tools were offered.
 * Each field is read on its own so one odd field does not hide the others.
 */
const requestMessage = (message: Record<string, unknown>): RequestMessage => {
  const normalized: RequestMessage = {
    role: stringAt(message, 'role') ?? '',
    content: contentPieces(message.content).text,
  };
  const name = stringAt(message, 'name');
  if (name !== undefined) normalized.name = name;
  const calls = recordsIn(message.tool_calls).map(normalizeToolCall);
  if (calls.length > 0) normalized.tool_calls = calls;
  const toolCallId = stringAt(message, 'tool_call_id');
  if (toolCallId !== undefined) normalized.tool_call_id = toolCallId;
  return normalized;
};

/** A tool's name: `{type: "function", function: {name}}`, or a top-level name (custom tools). */
const toolName = (tool: Record<string, unknown>): string =>
  stringAt(recordAt(tool, 'function'), 'name') ?? stringAt(tool, 'name') ?? stringAt(tool, 'type') ?? '';

/** null when there is no request body or it is not a JSON object. */
export const summarizeRequest = (body: string | null): RequestSummary | null => {
  if (body === null || body.trim() === '') return null;
  const parsed = parseJsonValue(body);
  if (E.isLeft(parsed) || !t.UnknownRecord.is(parsed.right)) return null;
  const record = parsed.right;
  const summary: RequestSummary = {};
  const model = record.model;
  if (t.string.is(model)) summary.model = model;
  const stream = record.stream;
  if (t.boolean.is(stream)) summary.stream = stream;
  if (t.UnknownArray.is(record.messages)) {
    summary.messages = record.messages.length;
    summary.conversation = recordsIn(record.messages).map(requestMessage);
  }
  if (t.UnknownArray.is(record.tools)) {
    summary.tools = record.tools.length;
    summary.toolNames = recordsIn(record.tools).map(toolName);
  }
  return summary;
};
