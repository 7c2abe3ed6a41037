import * as E from 'fp-ts/Either';
import type { JsonRecord } from '../../lenientFields';
import { recordAt, recordOf, recordsIn, stringAt } from '../../lenientFields';
import type { NormalizedToolCall, RequestAttachment, RequestMessage, RequestSummary } from '../../model';
import { parseJsonValue } from '../../parseJson';

/**
 * A Messages request read for what a user checks first: the model, whether it streamed, the
 * conversation in order (`system` first as a system message; each message's text, images and
 * documents, tool_use blocks as tool calls, each tool_result as a `tool` message linked by
 * tool_use_id, thinking sent back as reasoning) and the tools offered. Each field is read on its
 * own, so one odd field does not hide the others.
 */

/** The text of a string or of an array's text blocks, joined; null when there is none. */
const textOf = (content: unknown): string | null => {
  if (typeof content === 'string') return content;
  const texts: string[] = [];
  for (const block of recordsIn(content)) if (block.type === 'text') texts.push(stringAt(block, 'text') ?? '');
  return texts.length === 0 ? null : texts.join('\n');
};

/** An image or a document: its block type, the media type of its source, and a document's title. */
const attachmentOf = (block: JsonRecord): RequestAttachment => {
  const source = recordAt(block, 'source');
  return {
    type: stringAt(block, 'type') ?? '',
    mediaType: stringAt(source, 'media_type') ?? null,
    name: stringAt(block, 'title') ?? null,
  };
};

const ATTACHMENTS = new Set(['image', 'document', 'container_upload']);

const toolCallOf = (block: JsonRecord): NormalizedToolCall => ({
  id: stringAt(block, 'id') ?? '',
  type: 'function',
  function: { name: stringAt(block, 'name') ?? '', arguments: block.input === undefined ? '{}' : JSON.stringify(block.input) },
});

/** A tool_result block as the `tool` message Chat Completions would send. */
const toolResultMessage = (block: JsonRecord): RequestMessage => {
  const message: RequestMessage = { role: 'tool', content: textOf(block.content), tool_call_id: stringAt(block, 'tool_use_id') ?? '' };
  const attachments = recordsIn(block.content)
    .filter((part) => ATTACHMENTS.has(stringAt(part, 'type') ?? ''))
    .map(attachmentOf);
  if (attachments.length > 0) message.attachments = attachments;
  return message;
};

/** One request message: its tool results first (they answer the previous turn), then the message itself. */
const messagesOf = (message: JsonRecord): RequestMessage[] => {
  const role = stringAt(message, 'role') ?? '';
  const content = message.content;
  if (typeof content === 'string' || recordsIn(content).length === 0) return [{ role, content: textOf(content) }];
  const results: RequestMessage[] = [];
  const texts: string[] = [];
  const thoughts: string[] = [];
  const calls: NormalizedToolCall[] = [];
  const attachments: RequestAttachment[] = [];
  let others = 0;
  for (const block of recordsIn(content)) {
    const type = stringAt(block, 'type') ?? '';
    if (type === 'text') texts.push(stringAt(block, 'text') ?? '');
    else if (type === 'thinking') thoughts.push(stringAt(block, 'thinking') ?? '');
    else if (type === 'tool_use') calls.push(toolCallOf(block));
    else if (type === 'tool_result') results.push(toolResultMessage(block));
    else if (ATTACHMENTS.has(type)) attachments.push(attachmentOf(block));
    else others += 1;
  }
  // A message of tool results only is the results; anything else keeps its own entry.
  if (results.length > 0 && texts.length + thoughts.length + calls.length + attachments.length + others === 0) return results;
  const own: RequestMessage = { role, content: texts.length === 0 ? null : texts.join('\n') };
  if (calls.length > 0) own.tool_calls = calls;
  if (attachments.length > 0) own.attachments = attachments;
  if (thoughts.length > 0) own.reasoning = thoughts.join('');
  return [...results, own];
};

/** A client tool's `name`; a server tool (`{type: "web_search_20250305", name: "web_search"}`) by its name, else its type. */
const toolName = (tool: JsonRecord): string => stringAt(tool, 'name') ?? stringAt(tool, 'type') ?? '';

export const summarizeAnthropicRequest = (body: string | null): RequestSummary | null => {
  if (body === null || body.trim() === '') return null;
  const parsed = parseJsonValue(body);
  const record = E.isRight(parsed) ? recordOf(parsed.right) : undefined;
  if (record === undefined) return null;
  const summary: RequestSummary = {};
  if (typeof record.model === 'string') summary.model = record.model;
  if (typeof record.stream === 'boolean') summary.stream = record.stream;
  const conversation: RequestMessage[] = [];
  const system = textOf(record.system);
  if (system !== null) conversation.push({ role: 'system', content: system });
  if (Array.isArray(record.messages)) {
    summary.messages = record.messages.length;
    for (const message of recordsIn(record.messages)) conversation.push(...messagesOf(message));
  }
  if (conversation.length > 0) summary.conversation = conversation;
  if (Array.isArray(record.tools)) {
    summary.tools = record.tools.length;
    summary.toolNames = recordsIn(record.tools).map(toolName);
  }
  return summary;
};
