/**
 * The data stream's framing: one part per line, `CODE:JSON\n`, CODE one of 0-9 or a-k. The value
 * is the JSON after the first colon (the SDK's parser splits there too: a text part's JSON string
 * may hold colons of its own). The SDK writes `\n`; a `\r` before it (a proxy rewriting line ends)
 * is dropped, so the parts are the same whichever line end was used.
 */
export interface DataLine {
  /** Counts the body's non-empty lines from 0: the line's place in `events[i]`. */
  readonly index: number;
  /** The line as sent, without its line end. */
  readonly text: string;
  /** The code and value, or undefined when the line is not `CODE:…`. */
  readonly code: string | undefined;
  readonly json: string;
}

const LINE = /^([0-9a-k]):/;

/** The non-empty lines of a body, each split into its code and JSON value. */
export const splitDataLines = (body: string, limit = Number.POSITIVE_INFINITY): DataLine[] => {
  const lines: DataLine[] = [];
  let start = 0;
  while (start < body.length && lines.length < limit) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const text = body.charCodeAt(end - 1) === 0x0d && end > start ? body.slice(start, end - 1) : body.slice(start, end);
    start = end + 1;
    if (text.trim() === '') continue;
    const match = LINE.exec(text);
    lines.push({ index: lines.length, text, code: match?.[1], json: match === null ? '' : text.slice(2) });
  }
  return lines;
};
