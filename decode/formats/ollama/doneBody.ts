import type { DecodedParts } from '../../decodeJsonBody';
import type { NormalizedCompletion, NormalizedMessage, NormalizedToolCall } from '../../model';
import type { DoneFields } from './doneFields';
import { clearDoneFields, readDoneField } from './doneFields';
import { readDoneToolCalls } from './doneToolCalls';
import { secondsOfTime } from './goTime';
import {
  CHAT_LINE,
  CREATED_AT,
  DONE,
  GENERATE_LINE,
  MESSAGE,
  MODEL,
  ownKeysSuffice,
  readPlainMessage,
  RESPONSE,
  TOP_THINKING,
} from './plainLine';
import type { PlainMessage } from './plainLine';
import { isJsonObject } from '../../lenientFields';

/**
 * A JSON body (`stream: false`) as Ollama's server writes it for a text answer or tool calls:
 * `model`, `created_at`, `done: true`, the text (`message: {role, content, thinking?, tool_calls?}`
 * for /api/chat, `response` and `thinking?` for /api/generate), and any of `done_reason`, the two
 * counts and the four durations, each of its type; the calls as doneToolCalls.ts reads them. Of
 * such a body the contract walk would find that it conforms, that its extensions are the
 * durations it carries and that it nests within the depth limit; the scan, that its numbers are
 * in the safe range; and the fold would read the text, the calls, the reason and the counts.
 * Going once through its own keys answers all of that (plainLine.ts does the same for a stream's
 * text lines). Anything else (/api/generate's tool calls, `context`, `logprobs`, an unknown key, a
 * value of another type, a huge number) is left to the codec path: the reader answers undefined.
 */

/** Where a final body's message goes: a plain message and its tool calls, if any. */
interface DoneMessage extends PlainMessage {
  toolCalls: NormalizedToolCall[] | undefined;
}

/** One for every body, cleared at the start of each: the reader is synchronous and makes none per body. */
const gathered: DoneMessage = { role: undefined, content: '', thinking: undefined, toolCalls: undefined };

/** The body's reason, counts and durations; as `gathered`, one for every body (its durations array is each body's own). */
const doneFields: DoneFields = { finishReason: undefined, prompt: undefined, completion: undefined, durations: undefined };

/** The message's `tool_calls` into `gathered`; false when they are not as doneToolCalls.ts reads them. */
const gatherToolCalls = (value: unknown): boolean => {
  gathered.toolCalls = readDoneToolCalls(value);
  return gathered.toolCalls !== undefined;
};

/**
 * The parts of a text body, or undefined for any other value (see above): what decodeJson.ts
 * would answer (no issue, the durations as extensions in the body's order, the completion),
 * without the walk, the scan and the fold's reads. Undefined too when own keys could differ from
 * what the walk sees (ownKeysSuffice). `failed`: the HTTP status says the request failed.
 */
export const readDoneBody = (value: unknown, failed: boolean): DecodedParts | undefined => {
  if (!isJsonObject(value) || !ownKeysSuffice()) return undefined;
  gathered.role = undefined;
  gathered.content = '';
  gathered.thinking = undefined;
  gathered.toolCalls = undefined;
  clearDoneFields(doneFields);
  let model = '';
  let createdAt = '';
  let seen = 0;
  for (const key in value) {
    const field = value[key];
    switch (key) {
      case 'model':
        if (typeof field !== 'string') return undefined;
        model = field;
        seen |= MODEL;
        break;
      case 'created_at':
        if (typeof field !== 'string') return undefined;
        createdAt = field;
        seen |= CREATED_AT;
        break;
      case 'done':
        // `done: false` is a stream's first line (decodeBody.ts): not a body of this reader.
        if (field !== true) return undefined;
        seen |= DONE;
        break;
      case 'message':
        if (!isJsonObject(field) || !readPlainMessage(field, gathered, gatherToolCalls)) return undefined;
        seen |= MESSAGE;
        break;
      case 'response':
        if (typeof field !== 'string') return undefined;
        gathered.content = field;
        seen |= RESPONSE;
        break;
      case 'thinking':
        if (typeof field !== 'string') return undefined;
        gathered.thinking = field;
        seen |= TOP_THINKING;
        break;
      default:
        // `done_reason`, the counts and the durations (doneFields.ts); any other key is off the reader.
        if (!readDoneField(key, field, doneFields)) return undefined;
    }
  }
  if (seen !== CHAT_LINE && seen !== GENERATE_LINE && seen !== (GENERATE_LINE | TOP_THINKING)) return undefined;
  return {
    kind: failed ? 'error' : 'completion',
    issues: [],
    completion: completionOf(model, createdAt),
    error: null,
    stream: null,
    extensions: doneFields.durations ?? [],
  };
};

/** The completion as reassemble.ts folds a stream of one such body (its `add` and `result`). */
const completionOf = (model: string, createdAt: string): NormalizedCompletion => {
  const { finishReason, prompt, completion } = doneFields;
  const message: NormalizedMessage = {
    role: gathered.role === undefined || gathered.role === '' ? 'assistant' : gathered.role,
    content: gathered.content,
  };
  if (gathered.thinking !== undefined && gathered.thinking !== '') message.reasoning = gathered.thinking;
  if (gathered.toolCalls !== undefined && gathered.toolCalls.length > 0) message.tool_calls = gathered.toolCalls;
  const sawUsage = prompt !== undefined || completion !== undefined;
  return {
    id: null,
    object: null,
    created: secondsOfTime(createdAt) ?? null,
    model: model === '' ? null : model,
    choices: [{ index: 0, finish_reason: finishReason ?? null, message }],
    // Ollama reports no total: it stays null rather than a sum (issue 13).
    usage: sawUsage ? { prompt_tokens: prompt ?? null, completion_tokens: completion ?? null, total_tokens: null } : null,
  };
};
