import { ChatCompletionChunk } from './chunk';
import { contractErrors } from './contractErrors';
import { issuesFromErrors } from './contractIssues';
import type { FailureNotes } from './extensions';
import type { JsonRecord } from './lenientFields';
import type { ContractIssue } from './model';

/** How many different failures a stream remembers; past that each is worked out afresh. */
const MAX_REMEMBERED = 100;

/**
 * The issues of a stream's chunks that do not conform, with paths relative to the chunk. Chunks
 * tend to fail alike (Mistral's `delta.role: null` in 123 of 124 chunks, TGI's `object` and
 * logprobs in all 100): the walk's notes of where and how a chunk fails (FailureNotes) decide its
 * contract errors, so the issues of the first chunk with such notes serve every later one, and
 * io-ts is asked once per kind of failure rather than once per chunk.
 */
export class ChunkFailureIssues {
  readonly #known = new Map<string, readonly ContractIssue[]>();

  of(chunk: JsonRecord, failures: FailureNotes): readonly ContractIssue[] {
    const key = failures.reusable ? failures.places.join('\u0001') : undefined;
    const known = key === undefined ? undefined : this.#known.get(key);
    if (known !== undefined) return known;
    const issues = issuesFromErrors(contractErrors(ChatCompletionChunk, chunk));
    if (key !== undefined && this.#known.size < MAX_REMEMBERED) this.#known.set(key, issues);
    return issues;
  }
}
