import * as E from 'fp-ts/Either';
import type { JsonFailure } from './parseJson';
import { parseJson } from './parseJson';

/**
 * JSON.parse of a stream event's data without parseJson's Either around the value: nearly every
 * event parses, and the wrapping was two objects per event of streams made of thousands of small
 * events (a Responses `output_text.delta`). No scan: the caller walks the value itself, as
 * parseJson(data, Infinity) leaves it to. The same reading as ollama/decodeNdjson.ts and
 * ai-sdk-data/decodeDataStream.ts give their lines.
 */

/** What parsedValue answers for a text JSON.parse refused (JSON.parse itself never returns it). */
export const UNPARSED: unique symbol = Symbol('unparsed');

export const parsedValue = (text: string): unknown => {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return UNPARSED;
  }
};

/** Why parseJson(text, Infinity) refuses a text parsedValue refused (parsed again: failing events are few). */
export const unparsedFailure = (text: string): JsonFailure =>
  E.match(
    (failure: JsonFailure) => failure,
    // Unreachable: JSON.parse refused the same text a moment ago. Kept total rather than thrown.
    (): JsonFailure => ({ reason: 'syntax', message: 'not JSON' }),
  )(parseJson(text, Number.POSITIVE_INFINITY));
