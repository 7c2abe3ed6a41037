import type { CodecShape } from './codecShape';
import { describeValue } from './contractIssues';
import type { PathStep } from './walkPath';
import { pathText } from './walkPath';

/**
 * What a walk notes of a value that does not conform, when asked: each place where it fails and
 * what is there, described as an issue describes it. Two values of one codec with the same notes
 * have the same contract errors and issues, which a stream can then work out once (decodeStream,
 * failureIssues.ts). `reusable` is false when a codec's own `is` failed (a tagged union, say),
 * whose errors the walk cannot vouch for.
 */
export interface FailureNotes {
  readonly places: string[];
  reusable: boolean;
}

/** The part of a walk (walkContract.ts) that failures are noted from. */
export interface NotingWalk {
  readonly steps: PathStep[];
  readonly failures: FailureNotes | undefined;
}

/** Notes that the value at the walk's path (or at `key` below it) fails the codec of `shape`. */
export const noteFailure = (walk: NotingWalk, shape: CodecShape, key: PathStep | undefined, value: unknown): void => {
  const notes = walk.failures;
  if (notes === undefined) return;
  if (shape.guard.kind === 'codec') notes.reusable = false;
  if (key !== undefined) walk.steps.push(key);
  notes.places.push(`${pathText(walk.steps)}\u0000${describeValue(value)}`);
  if (key !== undefined) walk.steps.pop();
};
