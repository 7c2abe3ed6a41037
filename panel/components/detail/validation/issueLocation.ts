import type { PathSegment } from '../json/jsonPath';
import { parsePath } from '../json/jsonPath';

/**
 * Where in the raw body an issue points. decode/ writes paths into a JSON body as they are
 * (`choices[0].finish_reason`); into a stream, a chunk's issues start with its event
 * (`events[1].choices[0].delta.role`), while issues about the stream as a whole (`events`) or
 * about the completion reassembled from it (`choices[0].finish_reason` when a choice finished
 * twice) have no single spot.
 */
export type IssueLocation =
  | { readonly kind: 'body'; readonly path: readonly PathSegment[] }
  | { readonly kind: 'event'; readonly event: number; readonly path: readonly PathSegment[] }
  | { readonly kind: 'unknown'; readonly why: string };

const EVENT_PATH = /^events\[(\d+)\](.*)$/;

export function locateIssue(issuePath: string, isStream: boolean): IssueLocation {
  if (!isStream) {
    const path = parsePath(issuePath);
    return path === null ? { kind: 'unknown', why: `"${issuePath}" is not a path into the body` } : { kind: 'body', path };
  }
  const inEvent = EVENT_PATH.exec(issuePath);
  if (inEvent !== null) {
    const [, event = '', rest = ''] = inEvent;
    const path = parsePath(rest.startsWith('.') ? rest.slice(1) : rest);
    if (path !== null) return { kind: 'event', event: Number(event), path };
  }
  if (issuePath === 'events') return { kind: 'unknown', why: 'The issue is about the stream as a whole, not about one event.' };
  return {
    kind: 'unknown',
    why: 'The path names a field of the completion reassembled from the events; no single event holds it.',
  };
}
