import type { CapturedExchange, DecodedExchange } from '../../decode/index';

/** Pretty-prints JSON text; text that is not JSON is returned as it came. */
function prettyJson(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text);
    return JSON.stringify(parsed, null, 2);
  } catch {
    return text;
  }
}

/**
 * What "Copy response JSON" copies: for a stream, the completion decode/ reassembled from its
 * chunks (a stream has no single JSON body to copy), or its error as `{ "error": ... }` when the
 * stream failed; for a JSON response or an error body, the body as the server sent it,
 * pretty-printed. null when there is nothing to copy (no body kept).
 */
export function responseJsonText(captured: CapturedExchange, decoded: DecodedExchange): string | null {
  if (decoded.stream !== null) {
    const failed = decoded.kind === 'error' || decoded.completion === null;
    if (failed && decoded.error !== null) return JSON.stringify({ error: decoded.error }, null, 2);
    return decoded.completion === null ? null : JSON.stringify(decoded.completion, null, 2);
  }
  if (captured.body === null) return null;
  return prettyJson(captured.body);
}
