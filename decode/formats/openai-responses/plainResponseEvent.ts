import type { FoundExtension } from '../../contract/foundExtensions';
import type { JsonRecord } from '../../lenientFields';
import { isJsonObject } from '../../lenientFields';
import { isHuge } from '../../parseJson';
import { RESPONSE_EVENTS } from './eventCodecs';
import type { ResponsePlace } from './plainResponse';
import { plainResponseExtensions } from './plainResponse';

/**
 * A stream's events that carry the whole response (`response.created`, `.in_progress`,
 * `.completed`, ...: eventCodecs.ts), told from their own keys as plainResponse.ts tells a JSON
 * body: `type`, `sequence_number` (a number within ±2^53) and a plain `response`, nothing else.
 * Of such an event the walk against its codec finds that it conforms, with the response's own
 * extensions (at `response.<key>`) and nothing for the scan; this answers those extensions, or
 * undefined for any other event. In the small streams these events were most of the walk (two or
 * three whole responses against a few deltas). Callers ask only while Object.prototype has no
 * enumerable property (enumerableInheritance.ts). `plainResponse.test.ts` holds it to the walk.
 */

const RESPONSE_EVENT_TYPES: ReadonlySet<string> = new Set(RESPONSE_EVENTS);

/** The response inside such an event: one level below the event, at `response`. */
const IN_EVENT: ResponsePlace = { path: 'response', depth: 1 };

export const plainResponseEventExtensions = (event: JsonRecord): FoundExtension[] | undefined => {
  let extensions: FoundExtension[] | undefined;
  let required = 0;
  for (const key in event) {
    const value = event[key];
    if (key === 'type') {
      if (typeof value !== 'string' || !RESPONSE_EVENT_TYPES.has(value)) return undefined;
      required += 1;
    } else if (key === 'response') {
      extensions = isJsonObject(value) ? plainResponseExtensions(value, IN_EVENT) : undefined;
      if (extensions === undefined) return undefined;
      required += 1;
    } else if (key !== 'sequence_number' || typeof value !== 'number' || isHuge(value)) return undefined;
  }
  return required === 2 ? extensions : undefined;
};
