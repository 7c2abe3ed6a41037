import { ChatCompletionChunk } from './chunk';
import type { FailureNotes, OnExtension, PathStep } from './extensions';
import { pathText, walkContract } from './extensions';
import type { JsonRecord } from './lenientFields';
import type { PreciseNumber, ProviderExtension } from './model';
import { preciseNumbersUnder } from './preciseNumbers';

/** One step of a path already met in this stream, and the extension found there, if any. */
interface PathNode {
  extension: ProviderExtension | undefined;
  readonly next: Map<PathStep, PathNode>;
}

const newNode = (): PathNode => ({ extension: undefined, next: new Map() });

/**
 * The extensions of a stream's chunks folded into one list: each path once, in the order first
 * seen, with how many chunks carried it; the value shown is the last one seen, and so are the
 * exact digits of the huge integers inside it.
 *
 * A stream of 200,000 chunks names the same few paths 200,000 times (Together's
 * `choices[0].seed` in every chunk): the steps of a path lead through a tree of the paths met so
 * far to its entry, so its text is written and looked up once per stream rather than per chunk.
 */
export class StreamExtensions {
  readonly #byPath = new Map<string, ProviderExtension>();
  readonly #root = newNode();
  #numbers: readonly PreciseNumber[] = [];
  readonly #found: OnExtension = (steps, value) => {
    this.#record(this.#entryAt(steps), value);
  };

  /**
   * Adds one chunk's extensions; `numbers` are the chunk's integers beyond 2^53, at chunk paths.
   * Returns whether the chunk conforms to ChatCompletionChunk, found out by the same walk, which
   * notes where it fails in `failures`, when given.
   */
  add(chunk: JsonRecord, numbers: readonly PreciseNumber[], failures?: FailureNotes): boolean {
    this.#numbers = numbers;
    return walkContract(ChatCompletionChunk, chunk, this.#found, failures);
  }

  list(): ProviderExtension[] {
    return [...this.#byPath.values()];
  }

  #entryAt(steps: readonly PathStep[]): ProviderExtension {
    let node = this.#root;
    for (const step of steps) {
      let next = node.next.get(step);
      if (next === undefined) {
        next = newNode();
        node.next.set(step, next);
      }
      node = next;
    }
    if (node.extension === undefined) {
      // Different steps can write the same text (a key "a.b", or keys a then b): one entry, as before.
      const path = pathText(steps);
      let extension = this.#byPath.get(path);
      if (extension === undefined) {
        extension = { path, value: undefined, occurrences: 0 };
        this.#byPath.set(path, extension);
      }
      node.extension = extension;
    }
    return node.extension;
  }

  #record(seen: ProviderExtension, value: unknown): void {
    seen.value = value;
    seen.occurrences = (seen.occurrences ?? 0) + 1;
    const precise = this.#numbers.length === 0 ? [] : preciseNumbersUnder(seen.path, this.#numbers);
    if (precise.length > 0) seen.preciseNumbers = precise;
    else if (seen.preciseNumbers !== undefined) delete seen.preciseNumbers;
  }
}
