import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import type { JsonRecord } from '../../lenientFields';
import { recordAt, recordOf, recordsIn, stringAt } from '../../lenientFields';
import type { NormalizedToolCall, RequestAttachment, RequestMessage, RequestSummary } from '../../model';
import { parseJson } from '../../parseJson';
import { jsonText } from './partFields';

/**
 * What an AI SDK app posts to its own route, read for the Conversation tab; the three AI SDK
 * formats share it (the request does not say which stream the route will answer with):
 * - useChat v5+: `{id, messages: [{id, role, parts: [...]}], trigger}`, parts `text`, `reasoning`,
 *   `file`, `tool-<name>` / `dynamic-tool` (with `input`, `output` or `errorText` by `state`),
 *   `step-start`, sources and `data-*` (not shown);
 * - useChat v4: `{messages: [{role, content, parts?, toolInvocations?, experimental_attachments?}]}`;
 * - useCompletion: `{prompt}`.
 * The model is usually the route's business; an app that sends `model` (or `stream`) has it read.
 * Each field is read on its own; nothing here throws.
 */

const toolCall = (id: string, name: string, input: unknown): NormalizedToolCall => ({
  id,
  type: 'function',
  function: { name, arguments: input === undefined ? '{}' : jsonText(input) },
});

/** A tool part's result as the `tool` message Chat Completions would send, linked by the call id. */
const toolResult = (id: string, content: string): RequestMessage => ({ role: 'tool', content, tool_call_id: id });

/** v5 tool parts: `tool-<name>` (a static tool) or `dynamic-tool` with its `toolName`. */
const toolPartName = (type: string, part: JsonRecord): string | undefined => {
  if (type === 'dynamic-tool') return stringAt(part, 'toolName') ?? '';
  return type.startsWith('tool-') ? type.slice('tool-'.length) : undefined;
};

/** The v5 `state` of a tool part that carries its result: its output, or its error text. */
const toolPartResult = (part: JsonRecord): string | undefined => {
  const state = stringAt(part, 'state');
  if (state === 'output-available' || (state === undefined && 'output' in part)) return jsonText(part.output);
  if (state === 'output-error') return stringAt(part, 'errorText') ?? '';
  return undefined;
};

/** A v4 `toolInvocation` (`{toolCallId, toolName, args, state, result}`). */
const readInvocation = (invocation: JsonRecord, calls: NormalizedToolCall[], results: RequestMessage[]): void => {
  const id = stringAt(invocation, 'toolCallId') ?? '';
  calls.push(toolCall(id, stringAt(invocation, 'toolName') ?? '', invocation.args));
  if (stringAt(invocation, 'state') === 'result' || 'result' in invocation) results.push(toolResult(id, jsonText(invocation.result)));
};

/** No tool results: shared by every message without any, and only read. */
const NO_RESULTS: readonly RequestMessage[] = [];

/**
 * Reads a message's parts into `message`; returns the tool results they carried. Each list is made
 * at its first item, and a lone text part is the content as it is: most requests are one message of
 * one text part, summarized on every AI SDK exchange (bench/README.md, "AI SDK request bodies").
 */
const readParts = (parts: readonly JsonRecord[], message: RequestMessage): readonly RequestMessage[] => {
  let text: string | undefined;
  let texts: string[] | undefined;
  const thoughts: string[] = [];
  const attachments: RequestAttachment[] = [];
  const calls: NormalizedToolCall[] = [];
  let results: RequestMessage[] | undefined;
  for (const part of parts) {
    const type = stringAt(part, 'type') ?? '';
    if (type === 'text') {
      const piece = stringAt(part, 'text') ?? '';
      if (text === undefined) text = piece;
      else (texts ??= [text]).push(piece);
    }
    // v5 reasoning parts carry `text`; v4's carry `reasoning`.
    else if (type === 'reasoning') thoughts.push(stringAt(part, 'text') ?? stringAt(part, 'reasoning') ?? '');
    else if (type === 'file') {
      attachments.push({
        type: 'file',
        mediaType: stringAt(part, 'mediaType') ?? stringAt(part, 'mimeType') ?? null,
        name: stringAt(part, 'filename') ?? null,
      });
    } else if (type === 'tool-invocation') {
      const invocation = recordAt(part, 'toolInvocation');
      if (invocation !== undefined) readInvocation(invocation, calls, (results ??= []));
    } else {
      const name = toolPartName(type, part);
      if (name === undefined) continue;
      const id = stringAt(part, 'toolCallId') ?? '';
      calls.push(toolCall(id, name, part.input));
      const result = toolPartResult(part);
      if (result !== undefined) (results ??= []).push(toolResult(id, result));
    }
  }
  if (texts !== undefined) message.content = texts.join('');
  else if (text !== undefined) message.content = text;
  if (thoughts.length > 0) message.reasoning = thoughts.join('');
  if (attachments.length > 0) message.attachments = attachments;
  if (calls.length > 0) message.tool_calls = [...(message.tool_calls ?? []), ...calls];
  return results ?? NO_RESULTS;
};

/** v4's attachments (`{name, contentType, url}`). */
const v4Attachments = (value: unknown): RequestAttachment[] =>
  recordsIn(value).map((attachment) => ({
    type: 'file',
    mediaType: stringAt(attachment, 'contentType') ?? null,
    name: stringAt(attachment, 'name') ?? null,
  }));

/** Reads one message into `conversation`: the message itself, then the tool results its tool parts carried. */
const readMessage = (record: JsonRecord, conversation: RequestMessage[]): void => {
  const message: RequestMessage = { role: stringAt(record, 'role') ?? '', content: stringAt(record, 'content') ?? null };
  const toolResults: RequestMessage[] = [];
  const calls: NormalizedToolCall[] = [];
  // v4 lists tool invocations beside its parts; when parts repeat them, the parts are read instead.
  const parts = recordsIn(record.parts);
  if (parts.length === 0) for (const invocation of recordsIn(record.toolInvocations)) readInvocation(invocation, calls, toolResults);
  if (calls.length > 0) message.tool_calls = calls;
  const partResults = readParts(parts, message);
  // v4's attachments; a v5 message has none (its files are parts).
  if (record.experimental_attachments !== undefined) {
    const attachments = v4Attachments(record.experimental_attachments);
    if (attachments.length > 0) message.attachments = [...(message.attachments ?? []), ...attachments];
  }
  conversation.push(message);
  for (const result of toolResults) conversation.push(result);
  for (const result of partResults) conversation.push(result);
};

/** null when there is no request body or it is not a JSON object. */
export const summarizeAiSdkRequest = (body: string | null): RequestSummary | null => {
  if (body === null || body.trim() === '') return null;
  const parsed = parseJson(body);
  const record = E.isRight(parsed) ? recordOf(parsed.right.value) : undefined;
  if (record === undefined) return null;
  const summary: RequestSummary = {};
  const model = stringAt(record, 'model');
  if (model !== undefined) summary.model = model;
  if (t.boolean.is(record.stream)) summary.stream = record.stream;
  if (t.UnknownArray.is(record.messages)) {
    summary.messages = record.messages.length;
    const conversation: RequestMessage[] = [];
    for (const message of record.messages) {
      const read = recordOf(message);
      if (read !== undefined) readMessage(read, conversation);
    }
    summary.conversation = conversation;
  } else {
    const prompt = stringAt(record, 'prompt');
    if (prompt !== undefined) {
      summary.messages = 1;
      summary.conversation = [{ role: 'user', content: prompt }];
    }
  }
  return summary;
};
