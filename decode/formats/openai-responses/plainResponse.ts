import { isClean } from '../../contract/cleanValue';
import type { FoundExtension } from '../../contract/foundExtensions';
import { pathText } from '../../contract/walkPath';
import type { JsonRecord } from '../../lenientFields';
import { isJsonObject } from '../../lenientFields';
import { isHuge, MAX_JSON_DEPTH } from '../../parseJson';
import { ItemStatus, ResponseObject, ResponseStatus } from './responseCodecs';

/**
 * The usual response object, told from its own keys instead of walked against ResponseObject: the
 * fields responseCodecs.ts defines, each of its type, with no error and no incomplete_details
 * (null), instructions as text or null, usage and reasoning holding only their codecs' fields, and
 * output items of the four kinds servers send most (message, reasoning, function_call,
 * web_search_call) with exactly their codecs' fields; every number within ±2^53, every value the
 * walk scans (text, tools, metadata, a web search's action, logprobs, an extension) scanned here
 * at the depth the walk would. Of such a body the walk (contract/walkContract.ts, with the scan
 * alongside) finds that it conforms, with only the body's own extensions (OpenAI's `billing`) and
 * nothing for the scan: this reading answers that. Anything else (another item type, a key off
 * the codec inside an item or usage, an array of instructions, a failed response) goes the walk's
 * way. The walk was about a sixth of a JSON body's decode (bench/README.md, round s12-responses).
 * Callers ask only while Object.prototype has no enumerable property (for...in would list it:
 * enumerableInheritance.ts), as the walk does. `plainResponse.test.ts` holds it to the walk.
 */

/** How many levels the scan allows below a value at `depth` (the body's own fields are at depth 1). */
const levelsAt = (depth: number): number => MAX_JSON_DEPTH - depth;

/** A number as t.number takes it and the scan passes it. */
const isPlainNumber = (value: unknown): boolean => typeof value === 'number' && !isHuge(value);

const isNullableNumber = (value: unknown): boolean => value === null || isPlainNumber(value);

const isNullableString = (value: unknown): boolean => value === null || typeof value === 'string';

/** An object the walk scans whole (t.UnknownRecord) at `depth`. */
const isCleanObject = (value: unknown, depth: number): boolean => isJsonObject(value) && isClean(value, levelsAt(depth));

/** t.array(t.UnknownRecord) at `depth`: objects only, scanned. */
const isCleanObjects = (value: unknown, depth: number): boolean => {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isJsonObject(item)) return false;
  return isClean(value, levelsAt(depth));
};

/** An object of `name` alone or nothing, a number (usage's `*_details`: t.partial of one count). */
const hasOnlyNumber = (value: unknown, name: string): boolean => {
  if (!isJsonObject(value)) return false;
  for (const key in value) if (key !== name || !isPlainNumber(value[key])) return false;
  return true;
};

const isPlainUsage = (usage: unknown): boolean => {
  if (usage === null) return true;
  if (!isJsonObject(usage)) return false;
  let required = 0;
  for (const key in usage) {
    const value = usage[key];
    switch (key) {
      case 'input_tokens':
      case 'output_tokens':
      case 'total_tokens':
        if (!isPlainNumber(value)) return false;
        required += 1;
        break;
      case 'input_tokens_details':
        if (!hasOnlyNumber(value, 'cached_tokens')) return false;
        break;
      case 'output_tokens_details':
        if (!hasOnlyNumber(value, 'reasoning_tokens')) return false;
        break;
      default:
        return false;
    }
  }
  return required === 3;
};

/** `reasoning`: null, or some of effort, summary and generate_summary, each text or null. */
const isPlainReasoning = (value: unknown): boolean => {
  if (value === null) return true;
  if (!isJsonObject(value)) return false;
  for (const key in value) {
    if (key !== 'effort' && key !== 'summary' && key !== 'generate_summary') return false;
    if (!isNullableString(value[key])) return false;
  }
  return true;
};

/** Annotation's optional fields and whether each is a number (else text). */
const ANNOTATION_NUMBERS: ReadonlyMap<string, boolean> = new Map([
  ['url', false],
  ['title', false],
  ['start_index', true],
  ['end_index', true],
  ['file_id', false],
  ['filename', false],
  ['index', true],
  ['container_id', false],
]);

const isPlainAnnotation = (annotation: unknown): boolean => {
  if (!isJsonObject(annotation)) return false;
  let typed = false;
  for (const key in annotation) {
    const value = annotation[key];
    if (key === 'type') {
      if (typeof value !== 'string') return false;
      typed = true;
      continue;
    }
    const isNumber = ANNOTATION_NUMBERS.get(key);
    if (isNumber === undefined || (isNumber ? !isPlainNumber(value) : typeof value !== 'string')) return false;
  }
  return typed;
};

/** A content part at depth 4 (output, item, content, part; its `logprobs` at 5): output_text, refusal or reasoning_text, with exactly its fields. */
const isPlainPart = (part: unknown): boolean => {
  if (!isJsonObject(part)) return false;
  const type = part.type;
  const textKey = type === 'output_text' || type === 'reasoning_text' ? 'text' : type === 'refusal' ? 'refusal' : undefined;
  if (textKey === undefined) return false;
  let hasText = false;
  for (const key in part) {
    const value = part[key];
    if (key === 'type') continue;
    if (key === textKey) {
      if (typeof value !== 'string') return false;
      hasText = true;
    } else if (type !== 'output_text') return false;
    else if (key === 'annotations') {
      if (!Array.isArray(value)) return false;
      for (const annotation of value) if (!isPlainAnnotation(annotation)) return false;
    } else if (key !== 'logprobs' || !isCleanObjects(value, 5)) return false;
  }
  return hasText;
};

const arePlainParts = (value: unknown): boolean => {
  if (!Array.isArray(value)) return false;
  for (const part of value) if (!isPlainPart(part)) return false;
  return true;
};

const arePlainSummaries = (value: unknown): boolean => {
  if (!Array.isArray(value)) return false;
  for (const summary of value) {
    if (!isJsonObject(summary)) return false;
    let fields = 0;
    for (const key in summary) {
      const value = summary[key];
      if (key === 'type' ? value !== 'summary_text' : key !== 'text' || typeof value !== 'string') return false;
      fields += 1;
    }
    if (fields !== 2) return false;
  }
  return true;
};

/** The required fields of each plain item type, `type` included (responseCodecs.ts). */
const REQUIRED_FIELDS: ReadonlyMap<string, number> = new Map([
  ['message', 4],
  ['reasoning', 3],
  ['function_call', 4],
  ['web_search_call', 2],
]);

/** One field of a plain item of `type`: whether it is one of the item's fields, of its type. */
const isPlainItemField = (type: string, key: string, value: unknown): boolean => {
  if (key === 'status') return typeof value === 'string' && ItemStatus.is(value);
  switch (type) {
    case 'message':
      return key === 'id' ? typeof value === 'string' : key === 'role' ? value === 'assistant' : key === 'content' && arePlainParts(value);
    case 'reasoning':
      if (key === 'id') return typeof value === 'string';
      if (key === 'summary') return arePlainSummaries(value);
      if (key === 'content') return arePlainParts(value);
      return key === 'encrypted_content' && isNullableString(value);
    case 'function_call':
      return (key === 'id' || key === 'call_id' || key === 'name' || key === 'arguments') && typeof value === 'string';
    default:
      // web_search_call: its action is an object the walk scans (item, action: depth 3).
      return key === 'id' ? typeof value === 'string' : key === 'action' && isCleanObject(value, 3);
  }
};

/** The fields each item type may leave out, counted apart from the required ones. */
const isOptionalItemField = (type: string, key: string): boolean =>
  key === 'status' ||
  (type === 'reasoning' && (key === 'content' || key === 'encrypted_content')) ||
  (type === 'function_call' && key === 'id') ||
  (type === 'web_search_call' && key === 'action');

const isPlainItem = (item: unknown): boolean => {
  if (!isJsonObject(item)) return false;
  const type = item.type;
  if (typeof type !== 'string') return false;
  const required = REQUIRED_FIELDS.get(type);
  if (required === undefined) return false;
  let met = 0;
  for (const key in item) {
    if (key === 'type') {
      met += 1;
      continue;
    }
    if (!isPlainItemField(type, key, item[key])) return false;
    if (!isOptionalItemField(type, key)) met += 1;
  }
  return met === required;
};

const arePlainItems = (value: unknown): boolean => {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isPlainItem(item)) return false;
  return true;
};

/** Every field ResponseObject defines, the optional ones too: a key not among them is an extension. */
const RESPONSE_KEYS: ReadonlySet<string> = new Set(ResponseObject.types.flatMap((part) => Object.keys(part.props)));

/**
 * The response's extensions (its own keys ResponseObject does not define, in the body's order, as
 * the walk reports them) when a JSON body is a plain response object (see above), else undefined.
 */
export const plainResponseExtensions = (body: JsonRecord): FoundExtension[] | undefined => {
  let required = 0;
  let extensions: FoundExtension[] | undefined;
  for (const key in body) {
    const value = body[key];
    switch (key) {
      case 'id':
      case 'model':
        if (typeof value !== 'string') return undefined;
        required += 1;
        break;
      case 'object':
        if (value !== 'response') return undefined;
        required += 1;
        break;
      case 'created_at':
        if (!isPlainNumber(value)) return undefined;
        required += 1;
        break;
      case 'output':
        if (!arePlainItems(value)) return undefined;
        required += 1;
        break;
      case 'status':
        if (typeof value !== 'string' || !ResponseStatus.is(value)) return undefined;
        break;
      case 'error':
      case 'incomplete_details':
        if (value !== null) return undefined;
        break;
      case 'instructions':
      case 'output_text':
      case 'previous_response_id':
      case 'prompt_cache_key':
      case 'prompt_cache_retention':
      case 'safety_identifier':
      case 'service_tier':
      case 'truncation':
      case 'user':
        if (!isNullableString(value)) return undefined;
        break;
      case 'completed_at':
      case 'max_output_tokens':
      case 'max_tool_calls':
      case 'temperature':
      case 'top_logprobs':
      case 'top_p':
      case 'frequency_penalty':
      case 'presence_penalty':
        if (!isNullableNumber(value)) return undefined;
        break;
      case 'background':
        if (value !== null && typeof value !== 'boolean') return undefined;
        break;
      case 'parallel_tool_calls':
      case 'store':
        if (typeof value !== 'boolean') return undefined;
        break;
      case 'conversation':
      case 'metadata':
      case 'prompt':
        if (value !== null && !isCleanObject(value, 1)) return undefined;
        break;
      case 'text':
        if (!isCleanObject(value, 1)) return undefined;
        break;
      case 'tool_choice':
        if (typeof value !== 'string' && !isCleanObject(value, 1)) return undefined;
        break;
      case 'tools':
        if (!isCleanObjects(value, 1)) return undefined;
        break;
      case 'usage':
        if (!isPlainUsage(value)) return undefined;
        break;
      case 'reasoning':
        if (!isPlainReasoning(value)) return undefined;
        break;
      default:
        // A field of the contract not read above is the walk's to check; any other key is an extension.
        if (RESPONSE_KEYS.has(key) || !isClean(value, levelsAt(1))) return undefined;
        (extensions ??= []).push({ path: pathText([key]), value });
    }
  }
  return required === 5 ? (extensions ?? []) : undefined;
};
