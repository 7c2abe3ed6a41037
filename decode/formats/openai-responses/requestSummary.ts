import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { JsonRecord } from '../../lenientFields';
import { recordOf, recordsIn, stringAt } from '../../lenientFields';
import type { RequestAttachment, RequestMessage, RequestSummary } from '../../model';
import { parseJsonValue } from '../../parseJson';
import { dataUrlFacts } from './dataUrl';
import { REASONING_SEPARATOR } from './normalizeOutput';

/**
 * A Responses API request (`POST /v1/responses`) read for what a user checks first: the model,
 * whether it streamed, the conversation in order (`instructions` first, as a system message, then
 * the `input` items), the tools offered. Each field is read on its own; nothing here throws.
 * `messages` counts the input items (a string input is one).
 */

/**
 * A file a part points at (`image_url`, `file_url`) or carries inline (`file_data`, a data: URL):
 * the URL as sent, or the inline payload's media type and size (never its base64).
 */
const withSource = (attachment: RequestAttachment, source: string | undefined): RequestAttachment => {
  if (source === undefined) return attachment;
  const inline = dataUrlFacts(source);
  if (inline === undefined) return { ...attachment, url: source };
  return { ...attachment, mediaType: inline.mediaType, bytes: inline.bytes };
};

const attachmentOf = (part: JsonRecord, type: string): RequestAttachment | undefined => {
  if (type === 'input_image') {
    return withSource({ type, mediaType: null, name: stringAt(part, 'file_id') ?? null }, stringAt(part, 'image_url'));
  }
  if (type === 'input_file') {
    const name = stringAt(part, 'filename') ?? stringAt(part, 'file_id') ?? null;
    return withSource({ type, mediaType: null, name }, stringAt(part, 'file_data') ?? stringAt(part, 'file_url'));
  }
  if (type === 'input_audio') {
    const format = stringAt(recordOf(part.input_audio), 'format');
    return { type, mediaType: format === undefined ? null : `audio/${format}`, name: null };
  }
  return undefined;
};

/** A message item's content: a string, or parts whose text is joined and whose files are named. */
const messageOf = (item: JsonRecord): RequestMessage => {
  const role = stringAt(item, 'role') ?? '';
  const content = item.content;
  if (typeof content === 'string') return { role, content };
  const texts: string[] = [];
  const attachments: RequestAttachment[] = [];
  for (const part of recordsIn(content)) {
    const type = stringAt(part, 'type') ?? '';
    const text = type === 'refusal' ? stringAt(part, 'refusal') : stringAt(part, 'text');
    if (text !== undefined) texts.push(text);
    const attachment = attachmentOf(part, type);
    if (attachment !== undefined) attachments.push(attachment);
  }
  const message: RequestMessage = { role, content: texts.length > 0 ? texts.join('') : null };
  if (attachments.length > 0) message.attachments = attachments;
  return message;
};

const outputText = (output: unknown): string | null => {
  if (typeof output === 'string') return output;
  const texts = recordsIn(output)
    .map((part) => stringAt(part, 'text'))
    .filter((text): text is string => text !== undefined);
  return texts.length > 0 ? texts.join('') : null;
};

const reasoningOf = (item: JsonRecord): string | undefined => {
  const texts = [...recordsIn(item.summary), ...recordsIn(item.content)]
    .map((part) => stringAt(part, 'text'))
    .filter((text): text is string => text !== undefined && text !== '');
  return texts.length > 0 ? texts.join(REASONING_SEPARATOR) : undefined;
};

/**
 * The input items in order: function_call items of one turn become one assistant message with
 * their tool calls (as Chat Completions sends them), a function_call_output a `tool` message
 * linked by call_id, and reasoning items go with the assistant message that follows them.
 */
const conversationOf = (items: readonly JsonRecord[]): RequestMessage[] => {
  const conversation: RequestMessage[] = [];
  let reasoning: string[] = [];
  let callsMessage: RequestMessage | undefined;
  const withReasoning = (message: RequestMessage): RequestMessage => {
    if (reasoning.length > 0) message.reasoning = reasoning.join(REASONING_SEPARATOR);
    reasoning = [];
    return message;
  };
  for (const item of items) {
    const type = stringAt(item, 'type') ?? (item.role === undefined ? '' : 'message');
    if (type === 'function_call' || type === 'custom_tool_call') {
      const call = {
        id: stringAt(item, 'call_id') ?? '',
        type: type === 'function_call' ? 'function' : 'custom',
        function: { name: stringAt(item, 'name') ?? '', arguments: stringAt(item, 'arguments') ?? stringAt(item, 'input') ?? '' },
      };
      if (callsMessage === undefined) {
        callsMessage = withReasoning({ role: 'assistant', content: null, tool_calls: [] });
        conversation.push(callsMessage);
      }
      callsMessage.tool_calls?.push(call);
      continue;
    }
    callsMessage = undefined;
    if (type === 'reasoning') {
      const text = reasoningOf(item);
      if (text !== undefined) reasoning.push(text);
    } else if (type === 'function_call_output' || type === 'custom_tool_call_output') {
      conversation.push({ role: 'tool', content: outputText(item.output), tool_call_id: stringAt(item, 'call_id') ?? '' });
    } else if (type === 'message') {
      const message = messageOf(item);
      conversation.push(message.role === 'assistant' ? withReasoning(message) : message);
    }
  }
  if (reasoning.length > 0) conversation.push(withReasoning({ role: 'assistant', content: null }));
  return conversation;
};

/** A function tool's top-level name; a built-in tool by its type (`web_search`), an MCP server by its label. */
const toolName = (tool: JsonRecord): string => stringAt(tool, 'name') ?? stringAt(tool, 'server_label') ?? stringAt(tool, 'type') ?? '';

export const summarizeResponsesRequest = (body: string | null): RequestSummary | null => {
  if (body === null || body.trim() === '') return null;
  const parsed = parseJsonValue(body);
  if (E.isLeft(parsed) || !t.UnknownRecord.is(parsed.right)) return null;
  const record = parsed.right;
  const summary: RequestSummary = {};
  if (t.string.is(record.model)) summary.model = record.model;
  if (t.boolean.is(record.stream)) summary.stream = record.stream;
  const conversation: RequestMessage[] = [];
  if (t.string.is(record.instructions)) conversation.push({ role: 'system', content: record.instructions });
  if (t.string.is(record.input)) {
    summary.messages = 1;
    conversation.push({ role: 'user', content: record.input });
  } else if (t.UnknownArray.is(record.input)) {
    summary.messages = record.input.length;
    conversation.push(...conversationOf(recordsIn(record.input)));
  }
  if (conversation.length > 0) summary.conversation = conversation;
  if (t.UnknownArray.is(record.tools)) {
    summary.tools = record.tools.length;
    summary.toolNames = recordsIn(record.tools).map(toolName);
  }
  return summary;
};
