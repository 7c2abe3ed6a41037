/**
 * The floor of decoding: JSON.parse on exactly the JSON an exchange carries, and nothing else. Any
 * decoder of these exchanges must pay at least this much.
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

/**
 * The JSON texts a body of a format fixture carries, by its file's framing: a `.json` body whole
 * (Vertex's JSON-array stream too: one parse), the payload of each SSE data line, each NDJSON
 * line, the JSON after each AI SDK data-stream part code (`0:"The"` carries `"The"`).
 */
export const bodyJsonTexts = (name: string, text: string): string[] => {
  if (name.endsWith('.json')) return [text];
  if (name.endsWith('.sse')) return dataPayloads(text);
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return name.endsWith('.ndjson') ? lines : lines.flatMap((line) => (/^[0-9a-k]:/.test(line) ? [line.slice(line.indexOf(':') + 1)] : []));
};

/**
 * Every JSON text a decoder of the exchange must parse: its response body's, and the request body
 * it reads too (every format summarizes the request: model, conversation, tools). The figure
 * then measures decoding beyond parsing every JSON text the exchange holds. In the bench only the
 * AI SDK exchanges carry a request (testing/formatExchanges.ts: it tells a bare text stream apart);
 * the recorded Chat Completions exchanges carry none.
 */
export const exchangeJsonTexts = (
  name: string,
  exchange: { readonly body: string | null; readonly requestBody: string | null },
): string[] => {
  const texts = exchange.body === null ? [] : bodyJsonTexts(name, exchange.body);
  if (exchange.requestBody !== null) texts.push(exchange.requestBody);
  return texts;
};
