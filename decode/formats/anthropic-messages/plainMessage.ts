import { isClean } from '../../contract/cleanValue';
import type { FoundExtension } from '../../contract/foundExtensions';
import { pathText } from '../../contract/walkPath';
import type { JsonRecord } from '../../lenientFields';
import { MAX_JSON_DEPTH } from '../../parseJson';
import { Message, StopReason } from './codecs';
import { isJsonObject } from '../../lenientFields';
import { isPlainUsage } from './plainUsage';

/**
 * The usual JSON body, told from its own keys instead of walked against its codec: a message of
 * `id`, `type: "message"`, `role: "assistant"`, `content`, `model`, `stop_reason`, `usage` and
 * optionally `stop_sequence`, whose blocks are plain text, thinking, redacted thinking or tool
 * calls (exactly their fields) and whose usage holds only the counts and notes codecs.ts names,
 * each of its type, every number an integer within ±2^53; or an error body of `type: "error"`,
 * `error: {type, message}` and optionally `request_id`. Of such a body the contract walk
 * (contract/walkContract.ts, with parseJson's scan alongside) finds that it conforms, with no
 * extension, no number beyond 2^53 and no nesting beyond MAX_JSON_DEPTH: nothing for the walk to
 * report. Anything else (another key, a citation, a null where a string goes, a server tool) goes
 * the walk's way. The walk and the scan were a sixth of a JSON body's decode; this reading, a
 * few object reads per field. Callers ask only while Object.prototype has no enumerable property
 * (for...in would list it: enumerableInheritance.ts), as the walk does. Error bodies: plainErrorBody.ts.
 */

const STOP_REASONS: ReadonlySet<string> = new Set(Object.keys(StopReason.keys));

/** A stop reason as `nullable(StopReason)` takes it (message_delta's delta is read by it too: plainMessageEvent.ts). */
export const isNullableStopReason = (value: unknown): boolean => value === null || (typeof value === 'string' && STOP_REASONS.has(value));

/**
 * A tool call's input: an object (t.UnknownRecord), which the walk scans whole. It is three levels
 * below the message (content, the block, the input), so what the scan allows below it is
 * MAX_JSON_DEPTH less the message's own level and two.
 */
const isPlainInput = (value: unknown, messageLevel: number): boolean =>
  isJsonObject(value) && isClean(value, MAX_JSON_DEPTH - messageLevel - 2);

/** The string fields of each plain block type besides `type` (codecs.ts: TextBlock, ThinkingBlock, RedactedThinkingBlock, ToolUseBlock). */
const BLOCK_STRINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['text', new Set(['text'])],
  ['thinking', new Set(['thinking', 'signature'])],
  ['redacted_thinking', new Set(['data'])],
  ['tool_use', new Set(['id', 'name'])],
]);

const isPlainBlock = (block: unknown, messageLevel: number): boolean => {
  if (!isJsonObject(block)) return false;
  const type = block.type;
  const strings = typeof type === 'string' ? BLOCK_STRINGS.get(type) : undefined;
  if (strings === undefined) return false;
  const toolUse = type === 'tool_use';
  let fields = 0;
  for (const key in block) {
    const value = block[key];
    if (key === 'type') continue;
    if (strings.has(key)) {
      if (typeof value !== 'string') return false;
    } else if (!toolUse || key !== 'input' || !isPlainInput(value, messageLevel)) return false;
    fields += 1;
  }
  // Every field present: a missing one fails the codec.
  return fields === strings.size + (toolUse ? 1 : 0);
};

const arePlainBlocks = (value: unknown, messageLevel: number): boolean => {
  if (!Array.isArray(value)) return false;
  for (const block of value) if (!isPlainBlock(block, messageLevel)) return false;
  return true;
};

/** Every field Message defines, the optional ones too: a key not among them is an extension. */
const MESSAGE_KEYS: ReadonlySet<string> = new Set(Message.types.flatMap((part) => Object.keys(part.props)));

/**
 * The message's extensions (its own keys that Message does not define, in the body's order, as
 * the walk reports them) when a JSON body is a plain message (see above), else undefined. An
 * extension inside the message (in a block, in usage) makes it not plain: the walk would report it
 * between these, in the body's order. `level` is the message's depth in the JSON text: 1 for a
 * JSON body, 2 for message_start's `message` (plainMessageEvent.ts); the scan's limits below it
 * follow from it.
 */
export const plainMessageExtensions = (body: JsonRecord, level = 1): FoundExtension[] | undefined => {
  let required = 0;
  let extensions: FoundExtension[] | undefined;
  for (const key in body) {
    const value = body[key];
    switch (key) {
      case 'id':
      case 'model':
        if (typeof value !== 'string') return undefined;
        break;
      case 'type':
        if (value !== 'message') return undefined;
        break;
      case 'role':
        if (value !== 'assistant') return undefined;
        break;
      case 'content':
        if (!arePlainBlocks(value, level)) return undefined;
        break;
      case 'stop_reason':
        if (!isNullableStopReason(value)) return undefined;
        break;
      case 'usage':
        if (!isPlainUsage(value)) return undefined;
        break;
      case 'stop_sequence':
        if (value !== null && typeof value !== 'string') return undefined;
        // Optional: not counted.
        continue;
      default:
        // Another field of the contract (`container`) is the walk's to check; any other key is an
        // extension, one level below the message, scanned by the walk.
        if (MESSAGE_KEYS.has(key) || !isClean(value, MAX_JSON_DEPTH - level)) return undefined;
        (extensions ??= []).push({ path: pathText([key]), value });
        continue;
    }
    required += 1;
  }
  return required === 7 ? (extensions ?? []) : undefined;
};
