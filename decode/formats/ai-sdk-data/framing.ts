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

/** Whether a character code is a part code: 0-9 or a-k, as the SDK's parser accepts. */
const isCode = (char: number): boolean => (char >= 0x30 && char <= 0x39) || (char >= 0x61 && char <= 0x6b);

/**
 * The non-empty lines of a body, each split into its code and value. Read by character codes, not
 * a regex per line: most lines of a data stream are a few characters (`0:"The"`), so what a line
 * costs besides its JSON.parse is most of what the stream costs.
 */
export const splitDataLines = (body: string, limit = Number.POSITIVE_INFINITY): DataLine[] => {
  const lines: DataLine[] = [];
  let start = 0;
  while (start < body.length && lines.length < limit) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const next = end + 1;
    if (end > start && body.charCodeAt(end - 1) === 0x0d) end -= 1;
    if (end - start >= 2 && isCode(body.charCodeAt(start)) && body.charCodeAt(start + 1) === COLON) {
      lines.push({ index: lines.length, code: body[start], payload: body.slice(start + 2, end) });
    } else {
      const text = body.slice(start, end);
      if (text.trim() !== '') lines.push({ index: lines.length, code: undefined, payload: text });
    }
    start = next;
  }
  return lines;
};
