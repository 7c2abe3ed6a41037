import { DeltaRole } from './chunk';
import { FinishReason, ServiceTier } from './contract';
import type { OnExtension } from './contract/walkContract';
import type { PathStep } from './contract/walkPath';
import { prototypeHasEnumerableKeys } from './enumerableInheritance';
import type { JsonRecord } from './lenientFields';
import type { ValueScan } from './parseJson';
import { isHuge, MAX_JSON_DEPTH, scanInto } from './parseJson';

/**
 * Almost every chunk of a Chat Completions stream is plain: `id`, `object`, `created`, `model`,
 * maybe `system_fingerprint`, `service_tier`, `obfuscation` and `usage: null`, and choices of
 * `index`, a delta of role, text and reasoning text, `finish_reason` and `logprobs: null`; besides
 * them any provider's extensions (Together's `text`, `seed` and `token_id`, Groq's `x_groq`). Of
 * such a chunk the contract walk finds that it conforms and what its extensions are, visiting each
 * field through the codec's shape (the walk was ~15% of a stream's decode, --cpu-prof); going once
 * through its own keys against the fields named below tells the same for a fraction of that.
 * Anything else (a usage object, logprobs, tool calls, content parts, a value of another type, a
 * missing required field) makes the reader give up and the walk decide (`plainChunk.test.ts` holds
 * the two to the same answers). Reads keys with for...in: made only while Object.prototype has no
 * enumerable property (enumerableInheritance.ts), as the walk itself then does.
 */

/**
 * Walks a chunk as walkContract(ChatCompletionChunk, …) would when the chunk is plain: hands each
 * extension to `found` in the body's order, notes into `scan` what the walk's scan would find,
 * and returns true. Returns false for a chunk it does not tell, with `scan` untouched; it may have
 * handed some extensions to `found` by then, which the caller drops (the walk reports them again).
 */
export type PlainChunkWalk = (chunk: JsonRecord, found: OnExtension, scan: ValueScan) => boolean;

const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `nullable(t.string)`, as the walk tells it. */
const isNullableString = (value: unknown): boolean => value === null || typeof value === 'string';

/** The five fields t.type requires of a chunk, each a bit; the two of a choice. */
const ID = 1;
const OBJECT = 2;
const CREATED = 4;
const MODEL = 8;
const CHOICES = 16;
const CHUNK_REQUIRED = ID | OBJECT | CREATED | MODEL | CHOICES;
const INDEX = 1;
const DELTA = 2;
const CHOICE_REQUIRED = INDEX | DELTA;

/**
 * A walker of plain chunks, or undefined while Object.prototype has an enumerable property (the
 * walk then asks io-ts, which reads inherited fields). Made once per stream; keeps its path and
 * scan between calls.
 */
export const plainChunkWalker = (): PlainChunkWalk | undefined => {
  if (prototypeHasEnumerableKeys()) return undefined;
  const steps: PathStep[] = [];
  /** What the scan finds, held until the chunk is known plain (a chunk given up leaves `scan` as it was). */
  const seen: ValueScan = { tooDeep: false, hugeNumber: false };

  const clearSeen = (): void => {
    seen.tooDeep = false;
    seen.hugeNumber = false;
  };

  /** An integer, as t.Int takes it; one beyond 2^53 noted as the walk's scan notes it. */
  const isInt = (value: unknown): boolean => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return false;
    if (isHuge(value)) seen.hugeNumber = true;
    return true;
  };

  /** An extension at `steps` + key: reported, and its value scanned as the walk scans what it does not walk. */
  const extension = (key: string, value: unknown, found: OnExtension): void => {
    steps.push(key);
    found(steps, value);
    scanInto(value, MAX_JSON_DEPTH - steps.length, seen, false);
    steps.pop();
  };

  const isPlainDelta = (delta: JsonRecord, found: OnExtension): boolean => {
    for (const key in delta) {
      const value = delta[key];
      switch (key) {
        case 'role':
          if (!DeltaRole.is(value)) return false;
          break;
        case 'content':
        case 'refusal':
        case 'reasoning_content':
          if (!isNullableString(value)) return false;
          break;
        case 'function_call':
        case 'tool_calls':
          return false;
        default:
          extension(key, value, found);
      }
    }
    return true;
  };

  const isPlainChoice = (choice: JsonRecord, found: OnExtension): boolean => {
    let required = 0;
    for (const key in choice) {
      const value = choice[key];
      switch (key) {
        case 'index':
          if (!isInt(value)) return false;
          required |= INDEX;
          break;
        case 'delta':
          if (!isRecord(value)) return false;
          steps.push(key);
          if (!isPlainDelta(value, found)) return false;
          steps.pop();
          required |= DELTA;
          break;
        case 'finish_reason':
          if (value !== null && !FinishReason.is(value)) return false;
          break;
        case 'logprobs':
          if (value !== null) return false;
          break;
        default:
          extension(key, value, found);
      }
    }
    return required === CHOICE_REQUIRED;
  };

  const arePlainChoices = (choices: unknown, found: OnExtension): boolean => {
    if (!Array.isArray(choices)) return false;
    const items: readonly unknown[] = choices;
    steps.push('choices');
    for (let index = 0; index < items.length; index += 1) {
      const choice = items[index];
      if (!isRecord(choice)) return false;
      steps.push(index);
      if (!isPlainChoice(choice, found)) return false;
      steps.pop();
    }
    steps.pop();
    return true;
  };

  const isPlainChunk = (chunk: JsonRecord, found: OnExtension): boolean => {
    let required = 0;
    for (const key in chunk) {
      const value = chunk[key];
      switch (key) {
        case 'id':
          if (typeof value !== 'string') return false;
          required |= ID;
          break;
        case 'object':
          if (value !== 'chat.completion.chunk') return false;
          required |= OBJECT;
          break;
        case 'created':
          if (!isInt(value)) return false;
          required |= CREATED;
          break;
        case 'model':
          if (typeof value !== 'string') return false;
          required |= MODEL;
          break;
        case 'choices':
          if (!arePlainChoices(value, found)) return false;
          required |= CHOICES;
          break;
        case 'system_fingerprint':
          if (!isNullableString(value)) return false;
          break;
        case 'obfuscation':
          if (typeof value !== 'string') return false;
          break;
        case 'service_tier':
          if (value !== null && !ServiceTier.is(value)) return false;
          break;
        case 'usage':
        case 'moderation':
          if (value !== null) return false;
          break;
        default:
          extension(key, value, found);
      }
    }
    return required === CHUNK_REQUIRED;
  };

  return (chunk, found, scan) => {
    // Left over by a chunk given up; emptied only then (setting length is a call into the engine).
    if (steps.length > 0) steps.length = 0;
    clearSeen();
    if (!isPlainChunk(chunk, found)) return false;
    if (seen.tooDeep) scan.tooDeep = true;
    if (seen.hugeNumber) scan.hugeNumber = true;
    return true;
  };
};
