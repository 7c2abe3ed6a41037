/**
 * A parsed JSON document as the Raw and Validation tabs render it: every value classified once,
 * so components never hold `unknown`. Numbers keep their source text where the browser can give
 * it, because JSON.parse rounds integers above 2^53 (Hugging Face's `seed` values are such
 * integers) and the raw view must show what was received.
 */
export type JsonNode =
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, JsonNode])[] }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[] }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' };

/** A number with the exact characters it had in the body (JSON.parse source access). */
class SourceNumber {
  constructor(readonly source: string) {}
}

type ReviverContext = { readonly source?: string } | undefined;

/**
 * Whether JSON.parse hands revivers the source text (the "JSON.parse source text access"
 * proposal: Chrome 114+, Firefox 135+). Without it a reviver would only slow parsing down.
 */
const parseGivesSource: boolean = (() => {
  try {
    const seen: unknown = JSON.parse('1', (_key: string, value: unknown, context?: ReviverContext) => context?.source === '1' ? 'yes' : value);
    return seen === 'yes';
  } catch {
    return false;
  }
})();

function keepNumberSource(_key: string, value: unknown, context?: ReviverContext): unknown {
  return typeof value === 'number' && context?.source !== undefined ? new SourceNumber(context.source) : value;
}

/** The body as a JSON tree, or null when it is not JSON. Never throws. */
export function parseJsonNode(text: string): JsonNode | null {
  let parsed: unknown;
  try {
    parsed = parseGivesSource ? JSON.parse(text, keepNumberSource) : JSON.parse(text);
  } catch {
    return null;
  }
  return toJsonNode(parsed);
}

/** Classifies what JSON.parse returned (only JSON values, plus SourceNumber from the reviver). */
function toJsonNode(value: unknown): JsonNode {
  if (value instanceof SourceNumber) return { kind: 'number', text: value.source };
  if (value === null) return { kind: 'null' };
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') return { kind: 'number', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (Array.isArray(value)) return { kind: 'array', items: value.map((item: unknown) => toJsonNode(item)) };
  if (typeof value === 'object') return { kind: 'object', entries: Object.entries(value).map(([key, child]) => [key, toJsonNode(child)] as const) };
  // Unreachable for JSON.parse output; undefined, functions and symbols never come out of it.
  return { kind: 'null' };
}

/** How many members a container has; 0 for a primitive. */
export function childCount(node: JsonNode): number {
  if (node.kind === 'object') return node.entries.length;
  if (node.kind === 'array') return node.items.length;
  return 0;
}
