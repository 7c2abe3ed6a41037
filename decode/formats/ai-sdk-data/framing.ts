/**
 * The data stream's framing: one part per line, `CODE:JSON\n`, CODE one of 0-9 or a-k. The value
 * is the JSON after the first colon (the SDK's parser splits there too: a text part's JSON string
 * may hold colons of its own). The SDK writes `\n`; a `\r` before it (a proxy rewriting line ends)
 * is dropped, so the parts are the same whichever line end was used.
 */
export interface DataLine {
  /** Counts the body's non-empty lines from 0: the line's place in `events[i]`. */
  readonly index: number;
  /** The part's code, or undefined when the line is not `CODE:…`. */
  readonly code: string | undefined;
  /**
   * A part's value as sent (the JSON after `CODE:`); for a line that is not a part, the whole line
   * as sent, without its line end. Either way what the Timing tab lists as the event's data.
   */
  readonly payload: string;
}

const COLON = 0x3a;

/** What DataLineReader's `code` holds for a line that is not `CODE:…`. */
export const NOT_A_PART = -1;

/** Whether a character code is a part code: 0-9 or a-k, as the SDK's parser accepts. */
const isCode = (char: number): boolean => (char >= 0x30 && char <= 0x39) || (char >= 0x61 && char <= 0x6b);

/**
 * Reads a body's non-empty lines one at a time into its own fields: no object per line. Most
 * lines of a data stream are a few characters (`0:"The"`), so what a line costs besides its
 * JSON.parse is most of what the stream costs; read by character codes, not a regex per line.
 */
export class DataLineReader {
  readonly #body: string;
  #start = 0;
  /** The line's place among the non-empty lines, from 0 (-1 before the first). */
  index = -1;
  /** The character code of the line's part code (`0` is 0x30), or NOT_A_PART. */
  code = NOT_A_PART;
  /** As DataLine's payload: the value after `CODE:`, or the whole line when it is not a part. */
  payload = '';

  constructor(body: string) {
    this.#body = body;
  }

  /** Moves to the next non-empty line; false at the end of the body. */
  next(): boolean {
    const body = this.#body;
    let start = this.#start;
    while (start < body.length) {
      let end = body.indexOf('\n', start);
      if (end === -1) end = body.length;
      const next = end + 1;
      if (end > start && body.charCodeAt(end - 1) === 0x0d) end -= 1;
      const char = body.charCodeAt(start);
      if (end - start >= 2 && isCode(char) && body.charCodeAt(start + 1) === COLON) {
        this.#start = next;
        return this.#line(char, body.slice(start + 2, end));
      }
      const text = body.slice(start, end);
      if (text.trim() !== '') {
        this.#start = next;
        return this.#line(NOT_A_PART, text);
      }
      start = next;
    }
    this.#start = start;
    return false;
  }

  #line(code: number, payload: string): true {
    this.index += 1;
    this.code = code;
    this.payload = payload;
    return true;
  }
}

/** The non-empty lines of a body, each split into its code and value (recognition reads the first few). */
export const splitDataLines = (body: string, limit = Number.POSITIVE_INFINITY): DataLine[] => {
  const lines: DataLine[] = [];
  const reader = new DataLineReader(body);
  while (lines.length < limit && reader.next()) {
    lines.push({
      index: reader.index,
      code: reader.code === NOT_A_PART ? undefined : String.fromCharCode(reader.code),
      payload: reader.payload,
    });
  }
  return lines;
};
