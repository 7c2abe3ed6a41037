import * as E from 'fp-ts/Either';
import type { JsonFailure } from './parseJson';
import { parseJson } from './parseJson';

/** A stream event's data payload: the `[DONE]` marker, or JSON parsed (Chat Completions, Anthropic and AI SDK UI streams). */

/** `[DONE]`, with the spaces some providers put around it. */
export const isDoneMarker = (data: string): boolean => data === '[DONE]' || (data.length < 16 && data.trim() === '[DONE]');

/** Where parseData puts a payload's value: one holder per stream, not two objects per chunk. */
export interface ParsedData {
  value: unknown;
}

/**
 * A data payload parsed by JSON.parse into `into`, or why it could not be: what parseJson(data,
 * Infinity) answers, without its two objects per chunk. A payload JSON.parse refuses goes to
 * parseJson for the failure it names (rare: a cut or stray payload).
 */
export const parseData = (data: string, into: ParsedData): JsonFailure | undefined => {
  try {
    into.value = JSON.parse(data);
    return undefined;
  } catch {
    const again = parseJson(data, Number.POSITIVE_INFINITY);
    if (E.isLeft(again)) return again.left;
    into.value = again.right.value;
    return undefined;
  }
};
