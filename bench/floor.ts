/**
 * The floor of decoding: JSON.parse on exactly the JSON a body carries, and nothing else. Any
 * decoder of these bodies must pay at least this much.
 */

const LINE_END = /\r\n|\r|\n/;

/**
 * The payloads of a stream's `data:` lines, the `[DONE]` terminator left out: what a stream decoder
 * must hand to JSON.parse. Split before timing, so the floor is the parse alone.
 */
export const dataPayloads = (body: string): string[] =>
  body
    .replace(/^\uFEFF/, '')
    .split(LINE_END)
    .flatMap((line) => {
      if (!line.startsWith('data:')) return [];
      // "data: x" and TGI's "data:x" both carry x.
      const payload = line.slice(line.startsWith('data: ') ? 6 : 5);
      return payload.trim() === '[DONE]' ? [] : [payload];
    });

/** JSON.parse on each text; returns how many parsed (a text that does not still cost its attempt). */
export const parseEach = (texts: readonly string[]): number => {
  let parsed = 0;
  for (const text of texts) {
    try {
      JSON.parse(text);
      parsed += 1;
    } catch {
      // A cut or malformed payload: the decoder pays for the attempt too.
    }
  }
  return parsed;
};
