import type { JsonRecord } from '../../lenientFields';
import { isJsonObject } from '../../lenientFields';
import type { DoneFields } from './doneFields';
import { clearDoneFields, readDoneField } from './doneFields';

/**
 * A stream line that holds only what a line of text carries: `model`, `created_at`, `done` and the
 * text (`message: {role, content, thinking?}` for /api/chat, `response` and `thinking?` for
 * /api/generate), each of its type, and any of the last line's `done_reason`, counts and durations
 * as doneFields.ts reads them. Most lines of a stream, the done line included, are such lines. Of one the contract
 * walk would find that it conforms, that its extensions are the durations it carries, that its
 * numbers are safe and that it nests two levels deep, and the reassembler would read these fields;
 * going once through its own keys answers all of that (the walk and the reads were a fifth of a
 * small stream's decode, and the done line's walk a tenth after the others were read so).
 */
export interface PlainLine extends DoneFields {
  kind: 'chat' | 'generate';
  model: string;
  createdAt: string;
  done: boolean;
  /** `message.role`; undefined for /api/generate, which has none. */
  role: string | undefined;
  /** `message.content` or `response`. */
  content: string;
  thinking: string | undefined;
}

/**
 * Whether Object.prototype has a property named like a field the decode reads from a line, its
 * message or a tool call (lineKind.ts, reassemble.ts, normalize.ts, codecs.ts): every object would
 * inherit it. One `in` per name written out, not a loop over a list of names: the loop's `name in` reads a
 * different key each time (V8's keyed lookup, about 18 ns each, 290 ns per body in all: a tenth
 * of a small JSON body's decode); a literal key is a lookup the engine caches (under 1 ns).
 */
const prototypeHasReadName = (proto: object): boolean =>
  'model' in proto ||
  'created_at' in proto ||
  'done' in proto ||
  'message' in proto ||
  'response' in proto ||
  'error' in proto ||
  'thinking' in proto ||
  'tool_calls' in proto ||
  'done_reason' in proto ||
  'prompt_eval_count' in proto ||
  'eval_count' in proto ||
  'role' in proto ||
  'content' in proto ||
  'logprobs' in proto ||
  'images' in proto ||
  'tool_name' in proto ||
  // A final body's tool calls (doneToolCalls.ts).
  'function' in proto ||
  'name' in proto ||
  'arguments' in proto ||
  'index' in proto ||
  'id' in proto;

/**
 * Whether going through an object's own keys sees what the walk and the reads see: not when
 * Object.prototype has an enumerable property (for...in would visit it) or one named like a field
 * read (prototypeHasReadName). Asked once per stream or body.
 */
export const ownKeysSuffice = (): boolean => {
  for (const _key in Object.prototype) return false;
  return !prototypeHasReadName(Object.prototype);
};

/** The keys a plain line (and doneBody.ts's final body) has, each a bit: a plain one has all of its kind's required bits. */
export const MODEL = 1;
export const CREATED_AT = 2;
export const DONE = 4;
export const MESSAGE = 8;
export const RESPONSE = 16;
/** A `thinking` at the top of the line: plain only beside `response` (in a chat line it is an extension). */
export const TOP_THINKING = 32;
export const CHAT_LINE = MODEL | CREATED_AT | DONE | MESSAGE;
export const GENERATE_LINE = MODEL | CREATED_AT | DONE | RESPONSE;

/** Where a plain message's strings go: a stream line's answer or a final body's gathered parts. */
export interface PlainMessage {
  role: string | undefined;
  content: string;
  thinking: string | undefined;
}

/**
 * The message of a plain chat line or body into `into`: role and content strings, thinking a
 * string if there, nothing else; false for any other message (the codec path reads it then). A
 * final body's message may carry `tool_calls` too: `readToolCalls` (doneBody.ts) takes their
 * value, false when it is not plain.
 */
export const readPlainMessage = (message: JsonRecord, into: PlainMessage, readToolCalls?: (value: unknown) => boolean): boolean => {
  let role: string | undefined;
  let content: string | undefined;
  for (const key in message) {
    const value = message[key];
    if (key === 'tool_calls' && readToolCalls !== undefined) {
      if (!readToolCalls(value)) return false;
      continue;
    }
    if (typeof value !== 'string') return false;
    if (key === 'role') role = value;
    else if (key === 'content') content = value;
    else if (key === 'thinking') into.thinking = value;
    else return false;
  }
  if (role === undefined || content === undefined) return false;
  into.role = role;
  into.content = content;
  return true;
};

/**
 * A reader of plain lines, or undefined where going through own keys could differ from what the
 * walk and the reads see (ownKeysSuffice). Asked once per stream. The reader answers undefined
 * for a line that is not plain; its answer is overwritten by the next call.
 */
export const plainLineReader = (): ((value: unknown) => PlainLine | undefined) | undefined => {
  if (!ownKeysSuffice()) return undefined;
  const plain: PlainLine = {
    kind: 'chat',
    model: '',
    createdAt: '',
    done: false,
    role: undefined,
    content: '',
    thinking: undefined,
    finishReason: undefined,
    prompt: undefined,
    completion: undefined,
    durations: undefined,
  };

  return (value) => {
    if (!isJsonObject(value)) return undefined;
    const record = value;
    plain.role = undefined;
    plain.thinking = undefined;
    clearDoneFields(plain);
    let seen = 0;
    for (const key in record) {
      const field = record[key];
      switch (key) {
        case 'model':
          if (typeof field !== 'string') return undefined;
          plain.model = field;
          seen |= MODEL;
          break;
        case 'created_at':
          if (typeof field !== 'string') return undefined;
          plain.createdAt = field;
          seen |= CREATED_AT;
          break;
        case 'done':
          if (typeof field !== 'boolean') return undefined;
          plain.done = field;
          seen |= DONE;
          break;
        case 'message':
          if (!isJsonObject(field) || !readPlainMessage(field, plain)) return undefined;
          seen |= MESSAGE;
          break;
        case 'response':
          if (typeof field !== 'string') return undefined;
          plain.content = field;
          seen |= RESPONSE;
          break;
        case 'thinking':
          // /api/generate's thinking sits at the top; /api/chat's inside `message`.
          if (typeof field !== 'string') return undefined;
          plain.thinking = field;
          seen |= TOP_THINKING;
          break;
        default:
          // The last line's reason, counts and durations (doneFields.ts); any other key is off the reader.
          if (!readDoneField(key, field, plain)) return undefined;
      }
    }
    if (seen === CHAT_LINE) plain.kind = 'chat';
    else if (seen === GENERATE_LINE || seen === (GENERATE_LINE | TOP_THINKING)) plain.kind = 'generate';
    else return undefined;
    return plain;
  };
};
