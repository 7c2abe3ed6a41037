import type { CodecShape } from './contract/codecShape';
import type { FailureNotes, NotingWalk } from './contract/failureNotes';
import { noteFailure } from './contract/failureNotes';
import type { PathStep } from './contract/walkPath';

/**
 * The failures a plain reader names itself instead of giving the body up: a string where the
 * contract wants one of a few strings (a literal or a keyof), as Groq's `service_tier:
 * "on_demand"` in every body and TGI's `object: "text_completion"`, `finish_reason: "eos_token"`.
 * Such a body fails at that one place and is otherwise plain; noted here as the walk notes it
 * (failureNotes.ts, the same path and description), FailureIssues.issuesOf gives the issues the
 * walk's notes would, without walking the body through the codec's shape.
 */

/** A walk's path and where its failures go; `failures` is the reader's own until the next body. */
export interface PlainNotes {
  readonly steps: PathStep[];
  failures: FailureNotes;
}

/** The shape of an object shape's field `key`, as the walk notes its failures with; undefined for another shape. */
export const fieldShapeOf = (shape: CodecShape | null | undefined, key: string): CodecShape | undefined =>
  shape?.guard.kind === 'object' ? shape.guard.fields.get(key)?.shape : undefined;

/**
 * Notes that the string at the path + `key` fails its field's `shape` (the caller has checked it
 * does), as walkContract's visitField notes it, and returns true; false for a value that is no
 * string, or a field whose shape is not known, which the reader does not name: it gives up.
 */
export const noteOffContractString = (notes: PlainNotes, shape: CodecShape | undefined, key: string, value: unknown): boolean => {
  if (typeof value !== 'string' || shape === undefined) return false;
  const walk: NotingWalk = notes;
  noteFailure(walk, shape, key, value);
  return true;
};
