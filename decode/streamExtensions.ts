import { ChatCompletionChunk } from './chunk';
import type { FailureNotes } from './contract/failureNotes';
import type { OnExtension } from './contract/walkContract';
import { walkContract } from './contract/walkContract';
import type { PathStep } from './contract/walkPath';
import { PlainChunkWalker } from './plainChunk';
import { pathText } from './contract/walkPath';
import type { JsonRecord } from './lenientFields';
import type { PreciseNumber, ProviderExtension } from './model';
import type { ValueScan } from './parseJson';
import { preciseNumbersUnder } from './preciseNumbers';

/** One step of a path already met in this stream, its text, and the extension listed there. */
interface PathNode {
  path: string | undefined;
  extension: ProviderExtension | undefined;
  readonly next: Map<PathStep, PathNode>;
}

const newNode = (): PathNode => ({ path: undefined, extension: undefined, next: new Map() });

/**
 * The extensions of a stream's chunks folded into one list: each path once, in the order first
 * seen, with how many chunks carried it; the value shown is the last one seen, and so are the
 * exact digits of the huge integers inside it.
 *
 * A stream of 200,000 chunks names the same few paths 200,000 times (Together's
 * `choices[0].seed` in every chunk): the steps of a path lead through a tree of the paths met so
 * far to its entry, so its text is written and looked up once per stream rather than per chunk.
 * A chunk is walked first and its extensions added once the walk has shown the chunk can be read
 * at all (not nested too deeply) and its huge integers are known.
 */
export class StreamExtensions {
  readonly #byPath = new Map<string, ProviderExtension>();
  readonly #root = newNode();
  /**
   * The walked chunk's extensions, waiting for commit: where, and what; the first #pending entries
   * are this chunk's. Counted rather than emptied: setting an array's length is a call into the
   * engine, per chunk of a stream whose every chunk has extensions (Together's three).
   */
  readonly #pendingNodes: PathNode[] = [];
  readonly #pendingValues: unknown[] = [];
  #pending = 0;
  /** Walks a plain chunk by its own keys (plainChunk.ts); the contract walk takes any other. */
  readonly #plain: PlainChunkWalker | undefined = PlainChunkWalker.forStream();
  readonly #found: OnExtension = (steps, value) => {
    this.#pendingNodes[this.#pending] = this.#nodeAt(steps);
    this.#pendingValues[this.#pending] = value;
    this.#pending += 1;
  };

  /**
   * Walks one chunk: returns whether it conforms to ChatCompletionChunk, notes where it fails in
   * `failures`, finds into `scan` what parseJson's scan would, and holds its extensions for
   * commit(): a chunk nested too deeply is not read at all, its extensions included.
   */
  walk(chunk: JsonRecord, failures: FailureNotes, scan: ValueScan): boolean {
    this.#pending = 0;
    if (this.#plain?.walk(chunk, this.#found, scan) === true) return true;
    // Given up on: what it found so far is found again by the walk.
    this.#pending = 0;
    return walkContract(ChatCompletionChunk, chunk, this.#found, failures, scan);
  }

  /** Adds the walked chunk's extensions; `numbers` are its integers beyond 2^53, at chunk paths. */
  commit(numbers: readonly PreciseNumber[]): void {
    for (let index = 0; index < this.#pending; index += 1) {
      const node = this.#pendingNodes[index];
      if (node !== undefined) this.#record(this.#entryOf(node), this.#pendingValues[index], numbers);
    }
  }

  /** Walks and adds one chunk. */
  add(chunk: JsonRecord, numbers: readonly PreciseNumber[]): boolean {
    const conforms = this.walk(chunk, { places: [], reusable: true }, { tooDeep: false, hugeNumber: false });
    this.commit(numbers);
    return conforms;
  }

  list(): ProviderExtension[] {
    return [...this.#byPath.values()];
  }

  #nodeAt(steps: readonly PathStep[]): PathNode {
    let node = this.#root;
    for (const step of steps) {
      let next = node.next.get(step);
      if (next === undefined) {
        next = newNode();
        node.next.set(step, next);
      }
      node = next;
    }
    node.path ??= pathText(steps);
    return node;
  }

  #entryOf(node: PathNode): ProviderExtension {
    if (node.extension === undefined) {
      // Different steps can write the same text (a key "a.b", or keys a then b): one entry, as before.
      const path = node.path ?? '';
      let extension = this.#byPath.get(path);
      if (extension === undefined) {
        extension = { path, value: undefined, occurrences: 0 };
        this.#byPath.set(path, extension);
      }
      node.extension = extension;
    }
    return node.extension;
  }

  #record(seen: ProviderExtension, value: unknown, numbers: readonly PreciseNumber[]): void {
    seen.value = value;
    seen.occurrences = (seen.occurrences ?? 0) + 1;
    // No array made for a chunk without huge integers: almost every chunk.
    const precise = numbers.length === 0 ? undefined : preciseNumbersUnder(seen.path, numbers);
    if (precise !== undefined && precise.length > 0) seen.preciseNumbers = precise;
    else if (seen.preciseNumbers !== undefined) delete seen.preciseNumbers;
  }
}
