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
 * `index`, a delta of role, text, reasoning text and tool-call fragments, `finish_reason` and
 * `logprobs: null`; besides
 * them any provider's extensions (Together's `text`, `seed` and `token_id`, Groq's `x_groq`). Of
 * such a chunk the contract walk finds that it conforms and what its extensions are, visiting each
 * field through the codec's shape (the walk was ~15% of a stream's decode, --cpu-prof); going once
 * through its own keys against the fields named below tells the same for a fraction of that.
 * Anything else (a usage object, logprobs, a function_call, content parts, a value of another type, a
 * missing required field) makes the reader give up and the walk decide (`plainChunk.test.ts` holds
 * the two to the same answers). Reads keys with for...in: made only while Object.prototype has no
 * enumerable property (enumerableInheritance.ts), as the walk itself then does.
 */

/** `nullable(t.string)`, as the walk tells it. */
const isNullableString = (value: unknown): boolean => value === null || typeof value === 'string';

const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

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
 * A walker of plain chunks: one per stream, keeping its path and what its scan found between
 * chunks. A class, not closures: a closure made per stream is an object (and under esbuild's
 * keep-names, as tsx runs the bench, a property defined) per stream.
 */
export class PlainChunkWalker {
  readonly #steps: PathStep[] = [];
  /** What the scan finds, held until the chunk is known plain (a chunk given up leaves the caller's scan as it was). */
  readonly #seen: ValueScan = { tooDeep: false, hugeNumber: false };

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
    // Left over by a chunk given up; emptied only then (setting length is a call into the engine).
    if (this.#steps.length > 0) this.#steps.length = 0;
    this.#clearSeen();
    if (!this.#isPlainChunk(chunk, found)) return false;
    if (this.#seen.tooDeep) scan.tooDeep = true;
    if (this.#seen.hugeNumber) scan.hugeNumber = true;
    return true;
  }

  #clearSeen(): void {
    this.#seen.tooDeep = false;
    this.#seen.hugeNumber = false;
  }

  /** An integer, as t.Int takes it; one beyond 2^53 noted as the walk's scan notes it. */
  #isInt(value: unknown): boolean {
    if (typeof value !== 'number' || !Number.isInteger(value)) return false;
    if (isHuge(value)) this.#seen.hugeNumber = true;
    return true;
  }

  /** An extension at the path + key: reported, and its value scanned as the walk scans what it does not walk. */
  #extension(key: string, value: unknown, found: OnExtension): void {
    const steps = this.#steps;
    steps.push(key);
    found(steps, value);
    scanInto(value, MAX_JSON_DEPTH - steps.length, this.#seen, false);
    steps.pop();
  }

  #isPlainDelta(delta: JsonRecord, found: OnExtension): boolean {
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
        case 'tool_calls':
          if (!this.#arePlainToolCalls(value, found)) return false;
          break;
        case 'function_call':
          return false;
        default:
          this.#extension(key, value, found);
      }
    }
    return true;
  }

  /** `tool_calls`: an array of ChunkToolCall, each an `index` and its optional id, type and function. */
  #arePlainToolCalls(calls: unknown, found: OnExtension): boolean {
    if (!Array.isArray(calls)) return false;
    const items: readonly unknown[] = calls;
    const steps = this.#steps;
    steps.push('tool_calls');
    for (let index = 0; index < items.length; index += 1) {
      const call = items[index];
      if (!isRecord(call)) return false;
      steps.push(index);
      if (!this.#isPlainToolCall(call, found)) return false;
      steps.pop();
    }
    steps.pop();
    return true;
  }

  #isPlainToolCall(call: JsonRecord, found: OnExtension): boolean {
    let indexed = false;
    for (const key in call) {
      const value = call[key];
      switch (key) {
        case 'index':
          if (!this.#isInt(value)) return false;
          indexed = true;
          break;
        case 'id':
          if (typeof value !== 'string') return false;
          break;
        case 'type':
          if (value !== 'function') return false;
          break;
        case 'function':
          if (!isRecord(value)) return false;
          this.#steps.push(key);
          if (!this.#isPlainFunction(value, found)) return false;
          this.#steps.pop();
          break;
        default:
          this.#extension(key, value, found);
      }
    }
    return indexed;
  }

  /** A call's `function`: `name` and `arguments` strings, any other key an extension; false for another value of those two. */
  #isPlainFunction(fn: JsonRecord, found: OnExtension): boolean {
    for (const key in fn) {
      const value = fn[key];
      if (key === 'name' || key === 'arguments') {
        if (typeof value !== 'string') return false;
      } else this.#extension(key, value, found);
    }
    return true;
  }

  #isPlainChoice(choice: JsonRecord, found: OnExtension): boolean {
    let required = 0;
    for (const key in choice) {
      const value = choice[key];
      switch (key) {
        case 'index':
          if (!this.#isInt(value)) return false;
          required |= INDEX;
          break;
        case 'delta':
          if (!isRecord(value)) return false;
          this.#steps.push(key);
          if (!this.#isPlainDelta(value, found)) return false;
          this.#steps.pop();
          required |= DELTA;
          break;
        case 'finish_reason':
          if (value !== null && !FinishReason.is(value)) return false;
          break;
        case 'logprobs':
          if (value !== null) return false;
          break;
        default:
          this.#extension(key, value, found);
      }
    }
    return required === CHOICE_REQUIRED;
  }

  #arePlainChoices(choices: unknown, found: OnExtension): boolean {
    if (!Array.isArray(choices)) return false;
    const items: readonly unknown[] = choices;
    const steps = this.#steps;
    steps.push('choices');
    for (let index = 0; index < items.length; index += 1) {
      const choice = items[index];
      if (!isRecord(choice)) return false;
      steps.push(index);
      if (!this.#isPlainChoice(choice, found)) return false;
      steps.pop();
    }
    steps.pop();
    return true;
  }

  #isPlainChunk(chunk: JsonRecord, found: OnExtension): boolean {
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
          if (!this.#isInt(value)) return false;
          required |= CREATED;
          break;
        case 'model':
          if (typeof value !== 'string') return false;
          required |= MODEL;
          break;
        case 'choices':
          if (!this.#arePlainChoices(value, found)) return false;
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
          this.#extension(key, value, found);
      }
    }
    return required === CHUNK_REQUIRED;
  }
}
