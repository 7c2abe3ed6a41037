/**
 * Tool-call arguments are a JSON string by contract, but models emit invalid or truncated JSON
 * (finish_reason "length" mid-arguments): pretty-print when it parses, otherwise show it verbatim.
 */
export function prettyJsonText(text: string): { readonly text: string; readonly isJson: boolean } {
  try {
    const parsed: unknown = JSON.parse(text);
    return { text: JSON.stringify(parsed, null, 2), isJson: true };
  } catch {
    return { text, isJson: false };
  }
}
