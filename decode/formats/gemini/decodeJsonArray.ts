import type { DecodedParts } from '../../decodeJsonBody';
import { pathWithin } from '../../issuePath';
import type { JsonRecord } from '../../lenientFields';
import type { PreciseNumber, StreamEvent } from '../../model';
import { ChunkStream } from './chunkStream';
import type { JsonArrayStream } from './jsonArrayStream';
import { readJsonArrayStream } from './jsonArrayStream';

/**
 * The text of each element of a whole array as sent, for the event list: split from the body by
 * readJsonArrayStream, as a cut array's are, so an event reads the same however the array came.
 * Half the cost of writing each parsed element back with JSON.stringify (1.7 KB of Vertex's
 * array: 3 µs against 6, Node 20), and the wire's own text. An element the reader does not find
 * as the parse did (it cannot happen for text JSON.parse took whole) is written back.
 */
const elementTexts = (items: readonly unknown[], text: string): string[] => {
  const sent = readJsonArrayStream(text)?.elements;
  return sent !== undefined && sent.length === items.length ? sent : items.map((item) => JSON.stringify(item));
};

/**
 * streamGenerateContent without `alt=sse`: one JSON array, each element an event. A whole array
 * arrives parsed (its elements' text, `text` split, is read only when the event list is kept); a
 * cut one, or one followed by a bare error, arrives as text split by readJsonArrayStream.
 * `plain`, when given, holds every element as a record isPlainResponse answered true for.
 */
export const decodeParsedArray = (
  items: readonly unknown[],
  text: string,
  preciseNumbers: readonly PreciseNumber[],
  keepEvents: boolean,
  failed: boolean,
  plain?: readonly JsonRecord[],
): DecodedParts => {
  const stream = new ChunkStream();
  const events: StreamEvent[] = [];
  const sent = keepEvents ? elementTexts(items, text) : [];
  for (let index = 0; index < items.length; index += 1) {
    // An element the caller already found plain is not read a second time.
    const chunk = plain?.[index];
    if (chunk === undefined) stream.addValue(index, items[index]);
    else stream.addPlainValue(chunk);
    if (keepEvents) events.push({ index, data: sent[index] ?? '' });
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
