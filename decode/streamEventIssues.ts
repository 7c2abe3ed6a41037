import type { ContractIssue } from './model';
import type { JsonFailure } from './parseJson';
import { MAX_JSON_DEPTH } from './parseJson';

/**
 * How every stream reader (Chat Completions' decodeStream.ts and each format's) names an event in
 * its issues, and says that one could not be read: the same words in every format, only what was
 * expected differs (`a JSON chunk or [DONE]`, `one JSON object per line`).
 */

/** Where issues of an event point; made only for an event that has one. */
export const eventPath = (index: number): string => `events[${index}]`;

/** eventPath with its index a wildcard, as IssueLog counts alike issues of different events. */
export const EVENT_PATTERN = 'events[*]';

/** An event whose data is not JSON, or nests deeper than decode/ reads. */
export const unreadableEventIssue = (at: string, failure: JsonFailure, expected: string): ContractIssue =>
  failure.reason === 'depth'
    ? {
        severity: 'error',
        path: at,
        message: 'event data is too deeply nested to decode',
        expected: `JSON nested at most ${MAX_JSON_DEPTH} levels deep`,
        actual: failure.message,
      }
    : { severity: 'error', path: at, message: 'event data is not JSON (malformed or cut)', expected, actual: failure.message };
