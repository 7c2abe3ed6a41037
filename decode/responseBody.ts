import * as E from 'fp-ts/Either';
import type { PreciseNumber } from './model';
import type { JsonFailure, ParsedJson } from './parseJson';
import { cannotBeOneJsonValue } from './doomedJson';
import { checkParsedValue, parseJson } from './parseJson';
import { findPreciseNumbers } from './preciseNumbers';
import type { ParsedSse } from './sse';
import { looksLikeSse, parseSse } from './sse';

/**
 * A response body parsed once, by content: an event stream, JSON, other text (an HTML error
 * page, JSON cut short or nested too deeply), or nothing. Detection and decoding both work from
 * this, so a 50 MB body is read once.
 */
export type ParsedBody =
  | { readonly kind: 'sse'; readonly sse: ParsedSse }
  // `text`: the JSON as sent (no byte-order mark), for a format that lists parts of it as sent (Gemini's JSON-array events).
  | { readonly kind: 'json'; readonly value: unknown; readonly preciseNumbers: PreciseNumber[]; readonly text: string }
  | { readonly kind: 'text'; readonly text: string; readonly failure: JsonFailure }
  // `declaredStream`: with no body to tell, the declared type is all that says a stream was sent.
  | { readonly kind: 'empty'; readonly declaredStream: boolean }
  | { readonly kind: 'missing'; readonly reason: string; readonly declaredStream: boolean };

/** A JSON body as parsed. */
export type PresentJson = Extract<ParsedBody, { kind: 'json' }>;

const EVENT_STREAM = /text\/event-stream/i;

/** Whether a body is empty or whitespace only; answered by its first character when it is visible ASCII. */
const isBlank = (body: string): boolean => {
  const first = body.charCodeAt(0);
  return !(first > 0x20 && first < 0x7f) && body.trim() === '';
};

/** Whether the first non-space character opens an object or array; answered without the regex when it is the first. */
const startsLikeJson = (body: string): boolean => {
  const first = body.charCodeAt(0);
  return first === 0x7b || first === 0x5b || /^\s*[[{]/.test(body);
};

export const parseResponseBody = (body: string | null, mimeType = '', unavailableReason?: string): ParsedBody => {
  if (body === null)
    return { kind: 'missing', reason: unavailableReason ?? 'the browser gave no body', declaredStream: EVENT_STREAM.test(mimeType) };
  if (isBlank(body)) return { kind: 'empty', declaredStream: EVENT_STREAM.test(mimeType) };
  // A body that starts like JSON (after any whitespace, a BOM included) cannot look like SSE.
  const jsonLike = startsLikeJson(body);
  // Content decides over the declared type: servers label streams application/json and vice versa.
  if (!jsonLike && (looksLikeSse(body) || EVENT_STREAM.test(mimeType))) return { kind: 'sse', sse: parseSse(body) };
  const json = withoutByteOrderMark(body);
  if (cannotBeOneJsonValue(json)) return unparsedText(body, json);
  return jsonBody(body, json, parseJson(json));
};

/** The body without a leading byte-order mark, which some servers send and JSON.parse rejects. */
export const withoutByteOrderMark = (body: string): string => (body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);

/** What parseUnscannedJson answers for a body it leaves to parseResponseBody (JSON.parse never makes a symbol). */
export const NOT_PARSED: unique symbol = Symbol('not parsed');

/**
 * A body parseResponseBody would parse as JSON (it starts with `{` or `[` and is certainly not
 * NDJSON), parsed by JSON.parse alone, without parseJson's depth and number scan: for a format
 * whose walk stands in for the scan (WireFormat.decodeUnscannedJson). NOT_PARSED for every other
 * body, and for one JSON.parse refuses: parseResponseBody then says what it is, as before. The
 * value alone, not a pair with its text: the caller has the body (withoutByteOrderMark gives the
 * text parsed), and one object fewer per exchange.
 */
export const parseUnscannedJson = (body: string): unknown => {
  if (isBlank(body) || !startsLikeJson(body)) return NOT_PARSED;
  const json = withoutByteOrderMark(body);
  if (cannotBeOneJsonValue(json)) return NOT_PARSED;
  try {
    return JSON.parse(json);
  } catch {
    return NOT_PARSED;
  }
};

/**
 * What parseResponseBody answers for a JSON body that parseUnscannedJson gave (`value`, of `json`),
 * scanned now: for a format that walks only some JSON bodies itself. Undefined when the value nests
 * too deeply: the caller decodes the body as before (as text).
 */
export const scannedJsonBody = (value: unknown, json: string): PresentJson | undefined => {
  const checked = checkParsedValue(value);
  if (E.isLeft(checked)) return undefined;
  return { kind: 'json', value, preciseNumbers: checked.right.mayHoldPreciseNumbers ? findPreciseNumbers(json) : [], text: json };
};

/**
 * A body that is certainly not one JSON text (an NDJSON or data stream, an HTML page: doomedJson.ts)
 * is text without the failing parse. Its failure, the engine's own message, is asked of JSON.parse
 * only when something reads it (a format that cannot read the text): the same value, paid for
 * only then. A class, not an object literal with a getter: V8 built such a literal in about
 * 450 ns (a runtime call per accessor), a tenth of a small stream's decode; this costs about 10.
 */
class UnparsedText {
  readonly kind = 'text';
  readonly text: string;
  readonly #json: string;
  #failure: JsonFailure | undefined;

  constructor(body: string, json: string) {
    this.text = body;
    this.#json = json;
  }

  get failure(): JsonFailure {
    this.#failure ??= E.match(
      (left: JsonFailure) => left,
      // Unreachable (cannotBeOneJsonValue answers only certainties); kept total rather than thrown.
      (): JsonFailure => ({ reason: 'syntax', message: 'not one JSON value' }),
    )(parseJson(this.#json));
    return this.#failure;
  }
}

const unparsedText = (body: string, json: string): ParsedBody => new UnparsedText(body, json);

const jsonBody = (body: string, json: string, parsed: E.Either<JsonFailure, ParsedJson>): ParsedBody => {
  if (E.isLeft(parsed)) return { kind: 'text', text: body, failure: parsed.left };
  const { value, mayHoldPreciseNumbers } = parsed.right;
  return { kind: 'json', value, preciseNumbers: mayHoldPreciseNumbers ? findPreciseNumbers(json) : [], text: json };
};

/**
 * What parseResponseBody makes of `json`, a JSON text without a byte-order mark (so not an event
 * stream) declared application/json, which JSON.parse has already turned into `value`.
 */
export const parsedJsonBody = (json: string, value: unknown): ParsedBody => jsonBody(json, json, checkParsedValue(value));
