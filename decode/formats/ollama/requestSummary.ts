import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import type { JsonRecord } from '../../lenientFields';
import { arrayOf, nonEmptyStringAt, recordAt, recordsIn, stringAt } from '../../lenientFields';
import type { NormalizedToolCall, RequestAttachment, RequestMessage, RequestSummary } from '../../model';
import { parseJsonValue } from '../../parseJson';
import { normalizeToolCall } from './normalize';

/**
 * An Ollama request read for what a user checks first: the model, whether it streamed (Ollama
 * streams unless told `stream: false`), the conversation in order, the tools offered. /api/chat
 * sends `messages`; /api/generate a `prompt` and an optional `system`, shown as a system message
 * then a user message. Each field is read on its own, so one odd field hides nothing else.
 */

/** `images` are base64 without a media type (Ollama sniffs it): named, never shown. */
const imageAttachments = (record: JsonRecord): RequestAttachment[] =>
  (arrayOf(record.images) ?? []).map(() => ({ type: 'image', mediaType: null, name: null }));

/** The latest call earlier in the conversation with that function name, for a tool result that names only the tool. */
const latestCallNamed = (calls: readonly NormalizedToolCall[], name: string): NormalizedToolCall | undefined => {
  for (let index = calls.length - 1; index >= 0; index -= 1) {
    const call = calls[index];
    if (call?.function.name === name) return call;
  }
  return undefined;
};

const requestMessage = (message: JsonRecord, earlierCalls: NormalizedToolCall[]): RequestMessage => {
  const normalized: RequestMessage = { role: stringAt(message, 'role') ?? '', content: stringAt(message, 'content') ?? null };
  const attachments = imageAttachments(message);
  if (attachments.length > 0) normalized.attachments = attachments;
  const thinking = nonEmptyStringAt(message, 'thinking');
  if (thinking !== undefined) normalized.reasoning = thinking;
  // Ollama before 0.12 sent calls without ids; its tool results name the tool instead. Such a
  // call keeps the id "" it was sent with (as Gemini's do); the panel links its result by name.
  const calls = recordsIn(message.tool_calls).map(normalizeToolCall);
  if (calls.length > 0) normalized.tool_calls = calls;
  // A tool result names its tool (`tool_name`); newer clients also send the call's id.
  const toolName = nonEmptyStringAt(message, 'tool_name');
  if (toolName !== undefined) normalized.name = toolName;
  const toolCallId =
    nonEmptyStringAt(message, 'tool_call_id') ?? (toolName === undefined ? undefined : latestCallNamed(earlierCalls, toolName)?.id);
  if (toolCallId !== undefined && toolCallId !== '') normalized.tool_call_id = toolCallId;
  for (const call of calls) earlierCalls.push(call);
  return normalized;
};

const chatConversation = (messages: readonly JsonRecord[]): RequestMessage[] => {
  const earlierCalls: NormalizedToolCall[] = [];
  return messages.map((message) => requestMessage(message, earlierCalls));
};

/** /api/generate: the system prompt first, then the prompt as the user's message with its images. */
const generateConversation = (record: JsonRecord, prompt: string): RequestMessage[] => {
  const conversation: RequestMessage[] = [];
  const system = nonEmptyStringAt(record, 'system');
  if (system !== undefined) conversation.push({ role: 'system', content: system });
  const user: RequestMessage = { role: 'user', content: prompt };
  const attachments = imageAttachments(record);
  if (attachments.length > 0) user.attachments = attachments;
  conversation.push(user);
  return conversation;
};

/** null when there is no request body or it is not a JSON object. */
export const summarizeOllamaRequest = (body: string | null): RequestSummary | null => {
  if (body === null || body.trim() === '') return null;
  const parsed = parseJsonValue(body);
  if (E.isLeft(parsed) || !t.UnknownRecord.is(parsed.right)) return null;
  const record = parsed.right;
  const summary: RequestSummary = {};
  const model = stringAt(record, 'model');
  if (model !== undefined) summary.model = model;
  // Ollama streams by default (api/types.go: "true by default").
  const stream = record.stream;
  summary.stream = t.boolean.is(stream) ? stream : true;
  const messages = arrayOf(record.messages);
  const prompt = stringAt(record, 'prompt');
  if (messages !== undefined) {
    summary.messages = messages.length;
    summary.conversation = chatConversation(recordsIn(messages));
  } else if (prompt !== undefined) {
    const conversation = generateConversation(record, prompt);
    summary.messages = conversation.length;
    summary.conversation = conversation;
  }
  const tools = arrayOf(record.tools);
  if (tools !== undefined) {
    summary.tools = tools.length;
    summary.toolNames = recordsIn(tools).map((tool) => stringAt(recordAt(tool, 'function'), 'name') ?? stringAt(tool, 'name') ?? '');
  }
  return summary;
};
