import type { PreciseNumber } from '../../../../decode/index';
import { findPreciseNumbers, indexPath, keyPath } from '../../../../decode/index';

/**
 * A parsed JSON document as the Raw and Validation tabs render it: every value classified once,
 * so components never hold `unknown`. Numbers keep their source text where the browser can give
 * it, because JSON.parse rounds integers above 2^53 (Together's and Hugging Face's `seed` values
 * are such integers) and the raw view must show what was received; `beyondSafe` marks those.
 */
export type JsonNode =
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, JsonNode])[] }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[] }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly text: string; readonly beyondSafe: boolean }
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
    const seen: unknown = JSON.parse('1', (_key: string, value: unknown, context?: ReviverContext) =>
      context?.source === '1' ? 'yes' : value,
    );
    return seen === 'yes';
  } catch {
    return false;
  }
})();

function keepNumberSource(_key: string, value: unknown, context?: ReviverContext): unknown {
  return typeof value === 'number' && context?.source !== undefined ? new SourceNumber(context.source) : value;
}

/**
 * The body as a JSON tree, or null when it is not JSON. Never throws. Where JSON.parse gives no
 * source text (Chrome before 114, Firefox before 135, Node 20 in the tests), the integers beyond
 * 2^53 are found in the text by decode/'s scan (one regex test for almost every body) and put
 * back with their digits as sent.
 */
export function parseJsonNode(text: string): JsonNode | null {
  let parsed: unknown;
  try {
    parsed = parseGivesSource ? JSON.parse(text, keepNumberSource) : JSON.parse(text);
  } catch {
    return null;
  }
  return parseGivesSource ? toJsonNode(parsed, null, '') : jsonNodeOf(parsed, findPreciseNumbers(text));
}

/**
 * A value decode/ already parsed (a provider extension's) as a tree, with the integers beyond 2^53
 * it reported put back as sent; their paths start with `path`, the value's own place in the body.
 */
export function jsonNodeOf(value: unknown, precise: readonly PreciseNumber[], path = ''): JsonNode {
  return toJsonNode(value, precise.length === 0 ? null : new Map(precise.map((number) => [number.path, number.digits])), path);
}

/** An integer literal JavaScript cannot hold exactly: beyond ±(2^53 − 1). */
export function isBeyondSafeLiteral(text: string): boolean {
  return /^-?\d+$/.test(text) && !Number.isSafeInteger(Number(text));
}

/**
 * Classifies what JSON.parse returned (only JSON values, plus SourceNumber from the reviver).
 * Paths are spelled as decode/ spells them, and built only when there are digits to put back.
 */
function toJsonNode(value: unknown, digitsAt: ReadonlyMap<string, string> | null, path: string): JsonNode {
  if (value instanceof SourceNumber) return { kind: 'number', text: value.source, beyondSafe: isBeyondSafeLiteral(value.source) };
  if (value === null) return { kind: 'null' };
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') {
    // The digits only where they are what JSON.parse read there (a repeated key keeps its last value).
    const digits = digitsAt?.get(path);
    return digits !== undefined && Number(digits) === value
      ? { kind: 'number', text: digits, beyondSafe: true }
      : { kind: 'number', text: String(value), beyondSafe: false };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (Array.isArray(value)) {
    return {
      kind: 'array',
      items: value.map((item: unknown, index) => toJsonNode(item, digitsAt, digitsAt === null ? '' : indexPath(path, index))),
    };
  }
  if (typeof value === 'object') {
    return {
      kind: 'object',
      entries: Object.entries(value).map(
        ([key, child]) => [key, toJsonNode(child, digitsAt, digitsAt === null ? '' : keyPath(path, key))] as const,
      ),
    };
  }
  // Unreachable for JSON.parse output; undefined, functions and symbols never come out of it.
  return { kind: 'null' };
}

/** How many members a container has; 0 for a primitive. */
export function childCount(node: JsonNode): number {
  if (node.kind === 'object') return node.entries.length;
  if (node.kind === 'array') return node.items.length;
  return 0;
}
