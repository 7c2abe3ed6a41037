import type { OnExtension } from '../../contract/walkContract';
import { pathText } from '../../contract/walkPath';
import type { PreciseNumber, ProviderExtension } from '../../model';
import { preciseNumbersUnder } from '../../preciseNumbers';

/**
 * The extensions of a stream's lines folded into one list, as decode/'s streamExtensions.ts does
 * for Chat Completions chunks: each path once, in the order first seen, with how many lines
 * carried it and the last value. A line's extensions wait for commit(): a line nested too deeply
 * is not read at all. Ollama's lines carry few (the durations, `context`, on the done line only),
 * so each is spelled as text when found.
 */
interface Pending {
  readonly path: string;
  readonly value: unknown;
}

/**
 * The callback collecting a walk's extensions into `pending`, made here rather than written as a
 * class field: tsx (the CLI and the bench) compiles with keep-names, which gives a named field's
 * arrow a `__name` call (an Object.defineProperty) per instance, one per stream (4% of a stream's
 * samples in a profile); a closure returned from a call is anonymous and gets none.
 */
const collectorInto =
  (pending: Pending[]): OnExtension =>
  (steps, value) => {
    pending.push({ path: pathText(steps), value });
  };

/** A plain line's numbers: none beyond 2^53 (its reader leaves a huge one to the walk). */
const NO_NUMBERS: readonly PreciseNumber[] = [];

export class LineExtensions {
  readonly #byPath = new Map<string, ProviderExtension>();
  readonly #pending: Pending[] = [];

  /** Collects the walked line's extensions (walkContract's callback). */
  readonly found: OnExtension = collectorInto(this.#pending);

  /** Forgets what the last walk found, before the next line is walked. */
  clear(): void {
    if (this.#pending.length > 0) this.#pending.length = 0;
  }

  /** Adds the walked line's extensions; `numbers` are its integers beyond 2^53, at paths in the line. */
  commit(numbers: readonly PreciseNumber[]): void {
    for (const { path, value } of this.#pending) {
      let seen = this.#byPath.get(path);
      if (seen === undefined) {
        seen = { path, value, occurrences: 0 };
        this.#byPath.set(path, seen);
      }
      seen.value = value;
      seen.occurrences = (seen.occurrences ?? 0) + 1;
      const precise = numbers.length === 0 ? [] : preciseNumbersUnder(path, numbers);
      if (precise.length > 0) seen.preciseNumbers = precise;
      else if (seen.preciseNumbers !== undefined) delete seen.preciseNumbers;
    }
    this.clear();
  }

  /** Adds a plain line's extensions (plainLine.ts: its durations, none of them huge), as a walk's and commit() would. */
  commitPlain(found: readonly ProviderExtension[]): void {
    this.clear();
    for (const extension of found) this.#pending.push(extension);
    this.commit(NO_NUMBERS);
  }

  list(): ProviderExtension[] {
    return [...this.#byPath.values()];
  }
}
