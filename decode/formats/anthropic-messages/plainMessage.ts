import { isClean } from '../../contract/cleanValue';
import type { FoundExtension } from '../../contract/foundExtensions';
import { pathText } from '../../contract/walkPath';
import type { JsonRecord } from '../../lenientFields';
import { isHuge, MAX_JSON_DEPTH } from '../../parseJson';
import { Message, ServiceTier, StopReason } from './codecs';
import { isJsonObject } from '../../lenientFields';

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
const SERVICE_TIERS: ReadonlySet<string> = new Set(Object.keys(ServiceTier.keys));

/** The counts of the usage's nested objects, by object (codecs.ts, Usage). */
const CACHE_CREATION_COUNTS: ReadonlySet<string> = new Set(['ephemeral_5m_input_tokens', 'ephemeral_1h_input_tokens']);
const SERVER_TOOL_COUNTS: ReadonlySet<string> = new Set(['web_search_requests', 'web_fetch_requests']);
const OUTPUT_DETAIL_COUNTS: ReadonlySet<string> = new Set(['thinking_tokens']);

/** A tool call's input is level 4 (the body 1, content 2, the block 3): what the scan allows below it. */
const INPUT_LEVELS = MAX_JSON_DEPTH - 3;

/** A count as the codec's t.Int takes it and the scan passes it: an integer within ±2^53. */
const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && !isHuge(value);

const isNullableCount = (value: unknown): boolean => value === null || isCount(value);

/** null, or an object of some of `names`, each a count. */
const isNullableCounts = (value: unknown, names: ReadonlySet<string>): boolean => {
  if (value === null) return true;
  if (!isJsonObject(value)) return false;
  for (const key in value) if (!names.has(key) || !isCount(value[key])) return false;
  return true;
};

/** A tool call's input: an object (t.UnknownRecord), which the walk scans whole. */
const isPlainInput = (value: unknown): boolean => isJsonObject(value) && isClean(value, INPUT_LEVELS);

/** The string fields of each plain block type besides `type` (codecs.ts: TextBlock, ThinkingBlock, RedactedThinkingBlock, ToolUseBlock). */
const BLOCK_STRINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['text', new Set(['text'])],
  ['thinking', new Set(['thinking', 'signature'])],
  ['redacted_thinking', new Set(['data'])],
  ['tool_use', new Set(['id', 'name'])],
]);

const isPlainBlock = (block: unknown): boolean => {
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
    } else if (!toolUse || key !== 'input' || !isPlainInput(value)) return false;
    fields += 1;
  }
  // Every field present: a missing one fails the codec.
  return fields === strings.size + (toolUse ? 1 : 0);
};

const arePlainBlocks = (value: unknown): boolean => {
  if (!Array.isArray(value)) return false;
  for (const block of value) if (!isPlainBlock(block)) return false;
  return true;
};

const isPlainUsage = (usage: unknown): boolean => {
  if (!isJsonObject(usage)) return false;
  let required = 0;
  for (const key in usage) {
    const value = usage[key];
    switch (key) {
      case 'input_tokens':
      case 'output_tokens':
        if (!isCount(value)) return false;
        required += 1;
        break;
      case 'cache_creation_input_tokens':
      case 'cache_read_input_tokens':
        if (!isNullableCount(value)) return false;
        break;
      case 'cache_creation':
        if (!isNullableCounts(value, CACHE_CREATION_COUNTS)) return false;
        break;
      case 'server_tool_use':
        if (!isNullableCounts(value, SERVER_TOOL_COUNTS)) return false;
        break;
      case 'output_tokens_details':
        if (!isNullableCounts(value, OUTPUT_DETAIL_COUNTS)) return false;
        break;
      case 'service_tier':
        if (value !== null && !(typeof value === 'string' && SERVICE_TIERS.has(value))) return false;
        break;
      case 'inference_geo':
        if (value !== null && typeof value !== 'string') return false;
        break;
      default:
        return false;
    }
  }
  return required === 2;
};

/** Every field Message defines, the optional ones too: a key not among them is an extension. */
const MESSAGE_KEYS: ReadonlySet<string> = new Set(Message.types.flatMap((part) => Object.keys(part.props)));

/** What an extension of the message (level 2) may hold for the scan to pass it. */
const EXTENSION_LEVELS = MAX_JSON_DEPTH - 1;

/**
 * The message's extensions (its own keys that Message does not define, in the body's order, as
 * the walk reports them) when a JSON body is a plain message (see above), else undefined. An
 * extension inside the message (in a block, in usage) makes it not plain: the walk would report it
 * between these, in the body's order.
 */
export const plainMessageExtensions = (body: JsonRecord): FoundExtension[] | undefined => {
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
        if (!arePlainBlocks(value)) return undefined;
        break;
      case 'stop_reason':
        if (value !== null && !(typeof value === 'string' && STOP_REASONS.has(value))) return undefined;
        break;
      case 'usage':
        if (!isPlainUsage(value)) return undefined;
        break;
      case 'stop_sequence':
        if (value !== null && typeof value !== 'string') return undefined;
        // Optional: not counted.
        continue;
      default:
        // Another field of the contract (`container`) is the walk's to check; any other key is an extension.
        if (MESSAGE_KEYS.has(key) || !isClean(value, EXTENSION_LEVELS)) return undefined;
        (extensions ??= []).push({ path: pathText([key]), value });
        continue;
    }
    required += 1;
  }
  return required === 7 ? (extensions ?? []) : undefined;
};
