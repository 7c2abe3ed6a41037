import { excerpt } from '../../contract/contractIssues';
import type { DecodedParts } from '../../decodeJsonBody';
import type { StreamEvent } from '../../model';
import type { ParsedSse } from '../../sse';
import { ChunkStream } from './chunkStream';
import { trailingErrorText } from './trailingError';

/**
 * `streamGenerateContent?alt=sse`: data-only events, separated by `\r\n\r\n` on the wire. A bare
 * error object after the events becomes one more event, so the event list shows it and its issue
 * points at it.
 */
export const decodeSse = (sse: ParsedSse, keepEvents: boolean, failed: boolean): DecodedParts => {
  const stream = new ChunkStream();
  for (const event of sse.events) stream.addText(event.index, event.data);
  const errorText = trailingErrorText(sse.invalidLines);
  let events: StreamEvent[] = sse.events;
  if (errorText !== undefined) {
    const index = sse.events.length;
    stream.addText(index, errorText);
    events = [...sse.events, { index, data: errorText }];
  } else if (sse.invalidLines[0] !== undefined) {
    stream.log.add({
      severity: 'warning',
      path: 'events',
      message: `lines that are not SSE fields, such as ${JSON.stringify(excerpt(sse.invalidLines[0], 1_000))}`,
    });
  }
  if (sse.unterminated !== undefined) {
    stream.log.add({
      severity: 'warning',
      path: `events[${sse.unterminated.index}]`,
      message: 'the body stops inside this event: no blank line after it (the HTML rules drop such an event)',
    });
  }
  return stream.finish(events, keepEvents, failed);
};
