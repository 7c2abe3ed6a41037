/**
 * NDJSON framing (application/x-ndjson, Ollama's default for streams): one JSON value per line,
 * each line ended by `\n`; `\r\n` is allowed (ndjson-spec 1.0), and a blank line carries nothing.
 * There is no end line: the stream's last object says `done: true`.
 */

/**
 * Whether a line carries nothing (whitespace only, as String.prototype.trim sees it). A line that
 * starts with visible ASCII, as every line of Ollama's (`{`), is answered by that character alone.
 */
const isBlank = (line: string): boolean => {
  const first = line.charCodeAt(0);
  return !(first > 0x20 && first < 0x7f) && line.trim() === '';
};

/** The line without a `\r` left by a `\r\n` line end. */
const withoutCr = (line: string): string => (line.charCodeAt(line.length - 1) === 0x0d ? line.slice(0, -1) : line);

/** A leading byte-order mark, which some servers send and JSON.parse rejects. */
const withoutBom = (body: string): string => (body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);

/**
 * The non-blank lines of a body, in order, without their line ends; a line's position in the list
 * is its event index (the Timing tab's, and the `events[i]` of issue paths). One pass over the
 * body, linear in its length. Cut out line by line rather than split: split's array of every line,
 * blank ones too, is garbage at once.
 */
export const ndjsonLines = (body: string): string[] => {
  const text = withoutBom(body);
  const lines: string[] = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const data = withoutCr(text.slice(start, end));
    if (!isBlank(data)) lines.push(data);
    start = end + 1;
  }
  return lines;
};

/** The first non-blank line, read without splitting the rest of the body (recognition looks at nothing else). */
export const firstLine = (text: string): string | undefined => {
  const body = withoutBom(text);
  let start = 0;
  while (start < body.length) {
    const end = body.indexOf('\n', start);
    const line = withoutCr(body.slice(start, end === -1 ? body.length : end));
    if (!isBlank(line)) return line;
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
};
