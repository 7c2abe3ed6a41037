import type { DecodedParts } from '../../decodeJsonBody';
import { pathWithin } from '../../issuePath';
import type { PreciseNumber, StreamEvent } from '../../model';
import { ChunkStream } from './chunkStream';
import type { JsonArrayStream } from './jsonArrayStream';

/**
 * streamGenerateContent without `alt=sse`: one JSON array, each element an event. A whole array
 * arrives parsed (its elements' text is re-made for the event list, only when it is kept); a cut
 * one, or one followed by a bare error, arrives as text split by readJsonArrayStream.
 */
export const decodeParsedArray = (
  items: readonly unknown[],
  preciseNumbers: readonly PreciseNumber[],
  keepEvents: boolean,
  failed: boolean,
): DecodedParts => {
  const stream = new ChunkStream();
  const events: StreamEvent[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    stream.addValue(index, item);
    if (keepEvents) events.push({ index, data: JSON.stringify(item) });
  }
  // The body's huge numbers are at `[i].…`: the same places as the stream's `events[i].…`.
  stream.addBodyNumbers(preciseNumbers.map((number) => ({ path: pathWithin('events', number.path), digits: number.digits })));
  // The event count is the array's, kept events or not; the parts are built once, not spread over.
  return stream.finish(events, keepEvents, failed, items.length);
};

export const decodeArrayText = (array: JsonArrayStream, keepEvents: boolean, failed: boolean): DecodedParts => {
  const stream = new ChunkStream();
  const texts = array.cut === undefined ? array.elements : [...array.elements, array.cut];
  if (array.trailing !== '') texts.push(array.trailing);
  const events: StreamEvent[] = texts.map((data, index) => ({ index, data }));
  for (const event of events) stream.addText(event.index, event.data);
  if (!array.closed) {
    stream.log.add({
      severity: 'warning',
      path: 'events',
      message: 'the JSON array stops before its closing ]: the body was cut',
    });
  }
  return stream.finish(events, keepEvents, failed);
};
