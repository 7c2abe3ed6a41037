import type { JsonNode } from './jsonNode';

/** One step into a JSON document: an object key or an array index. */
export type PathSegment = string | number;

const STEP = /^(?:\[(\d+)\]|\.?([^.[\]]+))/;

/**
 * Splits an issue path as decode/ writes it (`choices[0].message.tool_calls[1].function.name`)
 * into steps; '' is the whole document. Null when the text is not such a path.
 */
export function parsePath(path: string): PathSegment[] | null {
  const segments: PathSegment[] = [];
  let rest = path;
  while (rest !== '') {
    const step = STEP.exec(rest);
    if (step === null) return null;
    const [matched, index, key] = step;
    if (index !== undefined) segments.push(Number(index));
    else if (key !== undefined) segments.push(key);
    rest = rest.slice(matched.length);
  }
  return segments;
}

/** The inverse of parsePath: `['choices', 0, 'finish_reason']` → `choices[0].finish_reason`. */
export function formatPath(segments: readonly PathSegment[]): string {
  return segments
    .map((segment, position) => (typeof segment === 'number' ? `[${segment}]` : position === 0 ? segment : `.${segment}`))
    .join('');
}

/**
 * How far a path reaches into a document: `found` is the deepest prefix that exists, `missing`
 * the steps after it (a "missing required field" issue points one step past what exists).
 */
export function resolvePath(
  root: JsonNode,
  segments: readonly PathSegment[],
): { readonly found: PathSegment[]; readonly missing: PathSegment[] } {
  let node: JsonNode = root;
  for (let depth = 0; depth < segments.length; depth += 1) {
    const segment = segments[depth];
    const child = segment === undefined ? undefined : childAt(node, segment);
    if (child === undefined) return { found: segments.slice(0, depth), missing: segments.slice(depth) };
    node = child;
  }
  return { found: [...segments], missing: [] };
}

export function childAt(node: JsonNode, segment: PathSegment): JsonNode | undefined {
  if (node.kind === 'array' && typeof segment === 'number') return node.items[segment];
  if (node.kind === 'object' && typeof segment === 'string') return node.entries.find(([key]) => key === segment)?.[1];
  return undefined;
}

/** Whether `prefix` is `path` or leads to it. */
export function isPrefixOf(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, position) => path[position] === segment);
}
