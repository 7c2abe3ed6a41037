/**
 * What a turn needs to draw and follow the links between tool calls and tool results: which
 * element is highlighted, the results answering a call, and a way to scroll to and highlight one.
 */
export type ConversationLinks = {
  readonly highlighted: string | null;
  readonly resultsOf: (callKey: string) => ReadonlyArray<{ readonly key: string; readonly position: number }>;
  readonly reveal: (key: string) => void;
};
