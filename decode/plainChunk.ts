import { FinishReason, ServiceTier } from './contract';
import type { OnExtension } from './contract/walkContract';
import { prototypeHasEnumerableKeys } from './enumerableInheritance';
import type { JsonRecord } from './lenientFields';
import type { ValueScan } from './parseJson';
import type { PlainWalk } from './plainDeltaWalk';
import { isNullableString, isPlainDelta, isPlainInt, plainExtension, startPlainWalk } from './plainDeltaWalk';
import { isJsonObject } from './lenientFields';

/**
 * Almost every chunk of a Chat Completions stream is plain: `id`, `object`, `created`, `model`,
 * maybe `system_fingerprint`, `service_tier`, `obfuscation` and `usage: null`, and choices of
 * `index`, a delta of role, text, reasoning text and tool-call fragments, `finish_reason` and
 * `logprobs: null`; besides
 * them any provider's extensions (Together's `text`, `seed` and `token_id`, Groq's `x_groq`). Of
 * such a chunk the contract walk finds that it conforms and what its extensions are, visiting each
 * field through the codec's shape (the walk was ~15% of a stream's decode, --cpu-prof); going once
 * through its own keys against the fields named below (and in plainDeltaWalk.ts, below a choice)
 * tells the same for a fraction of that.
 * Anything else (a usage object, logprobs, a function_call, content parts, a value of another type, a
 * missing required field) makes the reader give up and the walk decide (`plainChunk.test.ts` holds
 * the two to the same answers). Reads keys with for...in: made only while Object.prototype has no
 * enumerable property (enumerableInheritance.ts), as the walk itself then does.
 */

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

const isPlainChoice = (walk: PlainWalk, choice: JsonRecord): boolean => {
  let required = 0;
  for (const key in choice) {
    const value = choice[key];
    switch (key) {
      case 'index':
        if (!isPlainInt(walk, value)) return false;
        required |= INDEX;
        break;
      case 'delta':
        if (!isJsonObject(value)) return false;
        walk.steps.push(key);
        if (!isPlainDelta(walk, value)) return false;
        walk.steps.pop();
        required |= DELTA;
        break;
      case 'finish_reason':
        if (value !== null && !FinishReason.is(value)) return false;
        break;
      case 'logprobs':
        if (value !== null) return false;
        break;
      default:
        plainExtension(walk, key, value);
    }
  }
  return required === CHOICE_REQUIRED;
};

const arePlainChoices = (walk: PlainWalk, choices: unknown): boolean => {
  if (!Array.isArray(choices)) return false;
  const items: readonly unknown[] = choices;
  walk.steps.push('choices');
  for (let index = 0; index < items.length; index += 1) {
    const choice = items[index];
    if (!isJsonObject(choice)) return false;
    walk.steps.push(index);
    if (!isPlainChoice(walk, choice)) return false;
    walk.steps.pop();
  }
  walk.steps.pop();
  return true;
};

const isPlainChunk = (walk: PlainWalk, chunk: JsonRecord): boolean => {
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
        if (!isPlainInt(walk, value)) return false;
        required |= CREATED;
        break;
      case 'model':
        if (typeof value !== 'string') return false;
        required |= MODEL;
        break;
      case 'choices':
        if (!arePlainChoices(walk, value)) return false;
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
        plainExtension(walk, key, value);
    }
  }
  return required === CHUNK_REQUIRED;
};

const NOWHERE: OnExtension = () => undefined;

/**
 * A walker of plain chunks: one per stream, keeping its walk's path and scan between chunks. A
 * class and module functions, not closures: a closure made per stream is an object (and under
 * esbuild's keep-names, as tsx runs the bench, a property defined) per stream.
 */
export class PlainChunkWalker {
  readonly #walk: PlainWalk = { steps: [], seen: { tooDeep: false, hugeNumber: false }, found: NOWHERE };

  /**
   * A walker, or undefined while Object.prototype has an enumerable property (the walk then asks
   * io-ts, which reads inherited fields).
   */
  static forStream(): PlainChunkWalker | undefined {
    return prototypeHasEnumerableKeys() ? undefined : new PlainChunkWalker();
  }

  /**
   * Walks a chunk as walkContract(ChatCompletionChunk, …) would when the chunk is plain: hands each
   * extension to `found` in the body's order, notes into `scan` what the walk's scan would find,
   * and returns true. Returns false for a chunk it does not tell, with `scan` untouched; it may have
   * handed some extensions to `found` by then, which the caller drops (the walk reports them again).
   */
  walk(chunk: JsonRecord, found: OnExtension, scan: ValueScan): boolean {
    const walk = this.#walk;
    startPlainWalk(walk, found);
    const plain = isPlainChunk(walk, chunk);
    walk.found = NOWHERE;
    if (!plain) return false;
    if (walk.seen.tooDeep) scan.tooDeep = true;
    if (walk.seen.hugeNumber) scan.hugeNumber = true;
    return true;
  }
}
