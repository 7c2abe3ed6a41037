import { isJsonObject } from '../../lenientFields';
import { isHuge } from '../../parseJson';
import { ServiceTier } from './codecs';

/**
 * A usage object told from its own keys as the walk would find it: only the counts and notes
 * codecs.ts names, each of its type, every count an integer within ±2^53. Two shapes: a message's
 * `usage` (Usage: the JSON body's and message_start's, read by plainMessage.ts) and message_delta's
 * (MessageDeltaUsage, read by plainMessageEvent.ts). Of such a usage the walk finds that it
 * conforms, with no extension, no number beyond 2^53 and nothing nested deeper than two levels.
 */

const SERVICE_TIERS: ReadonlySet<string> = new Set(Object.keys(ServiceTier.keys));

/** The counts of the usage's nested objects, by object (codecs.ts, Usage). */
const CACHE_CREATION_COUNTS: ReadonlySet<string> = new Set(['ephemeral_5m_input_tokens', 'ephemeral_1h_input_tokens']);
const SERVER_TOOL_COUNTS: ReadonlySet<string> = new Set(['web_search_requests', 'web_fetch_requests']);
const OUTPUT_DETAIL_COUNTS: ReadonlySet<string> = new Set(['thinking_tokens']);

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

/** The optional fields both usages may carry, each nullable: whether `value` is plain for `key`; false for any other key. */
const isPlainSharedField = (key: string, value: unknown): boolean => {
  switch (key) {
    case 'cache_creation_input_tokens':
    case 'cache_read_input_tokens':
      return isNullableCount(value);
    case 'server_tool_use':
      return isNullableCounts(value, SERVER_TOOL_COUNTS);
    case 'output_tokens_details':
      return isNullableCounts(value, OUTPUT_DETAIL_COUNTS);
    default:
      return false;
  }
};

/** A message's usage (Usage): `input_tokens` and `output_tokens` counts, the optional fields it names. */
export const isPlainUsage = (usage: unknown): boolean => {
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
      case 'cache_creation':
        if (!isNullableCounts(value, CACHE_CREATION_COUNTS)) return false;
        break;
      case 'service_tier':
        if (value !== null && !(typeof value === 'string' && SERVICE_TIERS.has(value))) return false;
        break;
      case 'inference_geo':
        if (value !== null && typeof value !== 'string') return false;
        break;
      default:
        if (!isPlainSharedField(key, value)) return false;
    }
  }
  return required === 2;
};

/** message_delta's usage (MessageDeltaUsage): the cumulative `output_tokens` count, `input_tokens` and the other optional fields it names. */
export const isPlainDeltaUsage = (usage: unknown): boolean => {
  if (!isJsonObject(usage)) return false;
  let required = 0;
  for (const key in usage) {
    const value = usage[key];
    if (key === 'output_tokens') {
      if (!isCount(value)) return false;
      required += 1;
    } else if (key === 'input_tokens') {
      if (!isNullableCount(value)) return false;
    } else if (!isPlainSharedField(key, value)) return false;
  }
  return required === 1;
};
