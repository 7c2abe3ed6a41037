import * as E from 'fp-ts/Either';
import type { JsonRecord } from '../../lenientFields';
import { arrayOf, recordAt, recordOf, recordsIn, stringAt } from '../../lenientFields';
import type { NormalizedToolCall, RequestAttachment, RequestMessage, RequestSummary } from '../../model';
import { parseJsonValue } from '../../parseJson';
import type { ExchangeHead } from '../wireFormat';
import { isStreamUrl, modelInUrl } from './recognize';

/**
 * A generateContent request read for what a user checks first. The body has no model and no
 * stream flag: both are in the URL (`…/models/{model}:streamGenerateContent`). The conversation:
 * `systemInstruction` first as a `system` message, then `contents[]` in order (roles `user` and
 * `model`, the API's own), each content's parts read on their own: text, thought parts as
 * reasoning, inlineData and fileData as attachments, functionCall as tool calls, and each
 * functionResponse as a `tool` message linked to its call.
 */

/**
 * A call's or a response's `id` when the app sent one (Gemini 3, Vertex). Older requests send none
 * and pair a response with its call by function name: the id stays "" (as the response's calls
 * have it) and the panel links such a result to the latest earlier call of that name.
 */
const idOf = (record: JsonRecord): string | undefined => stringAt(record, 'id');

const attachmentOf = (part: JsonRecord): RequestAttachment | undefined => {
  const inline = recordAt(part, 'inlineData');
  if (inline !== undefined) {
    return { type: 'inlineData', mediaType: stringAt(inline, 'mimeType') ?? null, name: stringAt(inline, 'displayName') ?? null };
  }
  const file = recordAt(part, 'fileData');
  if (file !== undefined) {
    return {
      type: 'fileData',
      mediaType: stringAt(file, 'mimeType') ?? null,
      name: stringAt(file, 'displayName') ?? stringAt(file, 'fileUri') ?? null,
    };
  }
  return undefined;
};

const toolCallOf = (call: JsonRecord): NormalizedToolCall => ({
  id: idOf(call) ?? '',
  type: 'function',
  function: { name: stringAt(call, 'name') ?? '', arguments: call.args === undefined ? '{}' : JSON.stringify(call.args) },
});

const toolResultOf = (response: JsonRecord): RequestMessage => {
  const message: RequestMessage = { role: 'tool', content: response.response === undefined ? null : JSON.stringify(response.response) };
  const id = idOf(response);
  if (id !== undefined) message.tool_call_id = id;
  const name = stringAt(response, 'name');
  if (name !== undefined) message.name = name;
  return message;
};

/** One content as its message, then one `tool` message per functionResponse part in it. */
const messagesOf = (content: JsonRecord, role: string): RequestMessage[] => {
  const texts: string[] = [];
  const thoughts: string[] = [];
  const attachments: RequestAttachment[] = [];
  const calls: NormalizedToolCall[] = [];
  const results: RequestMessage[] = [];
  for (const part of recordsIn(content.parts)) {
    const text = stringAt(part, 'text');
    if (text !== undefined) (part.thought === true ? thoughts : texts).push(text);
    const attachment = attachmentOf(part);
    if (attachment !== undefined) attachments.push(attachment);
    const call = recordAt(part, 'functionCall');
    if (call !== undefined) calls.push(toolCallOf(call));
    const response = recordAt(part, 'functionResponse');
    if (response !== undefined) results.push(toolResultOf(response));
  }
  const messages: RequestMessage[] = [];
  // A content that only answers calls is shown as its tool messages alone.
  if (texts.length > 0 || thoughts.length > 0 || attachments.length > 0 || calls.length > 0 || results.length === 0) {
    const message: RequestMessage = { role, content: texts.length > 0 ? texts.join('\n') : null };
    if (thoughts.length > 0) message.reasoning = thoughts.join('');
    if (attachments.length > 0) message.attachments = attachments;
    if (calls.length > 0) message.tool_calls = calls;
    messages.push(message);
  }
  return [...messages, ...results];
};

/** Function declarations by name, built-in tools (googleSearch, codeExecution, urlContext, ...) by their key. */
const toolNamesOf = (tools: readonly JsonRecord[]): string[] => {
  const names: string[] = [];
  for (const tool of tools) {
    for (const key of Object.keys(tool)) {
      if (key === 'functionDeclarations') {
        for (const declaration of recordsIn(tool.functionDeclarations)) names.push(stringAt(declaration, 'name') ?? '');
      } else {
        names.push(key);
      }
    }
  }
  return names;
};

export const summarizeGeminiRequest = (requestBody: string | null, head: ExchangeHead): RequestSummary | null => {
  const summary: RequestSummary = {};
  if (head.url !== null) {
    const model = modelInUrl(head.url);
    if (model !== undefined) {
      summary.model = model;
      summary.stream = isStreamUrl(head.url);
    }
  }
  if (requestBody === null || requestBody.trim() === '') return Object.keys(summary).length > 0 ? summary : null;
  const parsed = parseJsonValue(requestBody);
  const body = E.isRight(parsed) ? recordOf(parsed.right) : undefined;
  if (body === undefined) return Object.keys(summary).length > 0 ? summary : null;
  const conversation: RequestMessage[] = [];
  const system = recordAt(body, 'systemInstruction') ?? recordAt(body, 'system_instruction');
  if (system !== undefined) conversation.push(...messagesOf(system, 'system'));
  const contents = arrayOf(body.contents);
  for (const content of recordsIn(contents)) conversation.push(...messagesOf(content, stringAt(content, 'role') ?? 'user'));
  if (contents !== undefined || system !== undefined) {
    summary.messages = (contents?.length ?? 0) + (system === undefined ? 0 : 1);
    summary.conversation = conversation;
  }
  const tools = arrayOf(body.tools);
  if (tools !== undefined) {
    summary.toolNames = toolNamesOf(recordsIn(tools));
    summary.tools = summary.toolNames.length;
  }
  return summary;
};
