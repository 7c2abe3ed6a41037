/** What one demo call hands back to the page: the text to show and a one-line summary. */
export type CallOutcome = {
  /** The answer's text, or the tool calls written as `name(arguments)`, one per line. */
  readonly text: string;
  /** e.g. `200 · finish: stop · 51 tokens`. */
  readonly summary: string;
};

/** Everything a call needs: where the server is, which fixture to ask for, how to show progress. */
export type CallContext = {
  /** The demo server's origin (the page's own, `location.origin`). */
  readonly origin: string;
  readonly fixture: string;
  readonly model: string;
  /** Streams call this with the text so far as deltas arrive. */
  readonly progress: (textSoFar: string) => void;
};

export const DEMO_API_KEY = 'sk-demo-000000000000';

/** The header that tells the demo server which recorded body to replay. */
export const fixtureHeader = (fixture: string): Record<string, string> => ({ 'x-demo-fixture': fixture });

export function summarize(parts: readonly (string | null | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' · ');
}

export function formatToolCall(name: string, args: string): string {
  return `${name}(${args})`;
}
