/**
 * NDJSON framing (application/x-ndjson, Ollama's default for streams): one JSON value per line,
 * each line ended by `\n`; `\r\n` is allowed (ndjson-spec 1.0), and a blank line carries nothing.
 * There is no end line: the stream's last object says `done: true`.
 */
export interface NdjsonLine {
  /** Counts the non-blank lines from 0: the event index the Timing tab and issue paths use. */
  readonly index: number;
  /** The line without its line end. */
  readonly data: string;
}

const isBlank = (line: string): boolean => line.trim() === '';

/** The line without a `\r` left by a `\r\n` line end. */
const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);

/** A leading byte-order mark, which some servers send and JSON.parse rejects. */
const withoutBom = (body: string): string => (body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);

/** The non-blank lines of a body, in order; one split of the body, linear in its length. */
export const ndjsonLines = (body: string): NdjsonLine[] => {
  const lines: NdjsonLine[] = [];
  for (const raw of withoutBom(body).split('\n')) {
    const data = withoutCr(raw);
    if (!isBlank(data)) lines.push({ index: lines.length, data });
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
