import type { CDPSession } from '@playwright/test';

/**
 * What the panel page's heap holds, from a V8 heap snapshot (CDP HeapProfiler): self sizes summed
 * by kind, the way DevTools' Memory panel sums them in its Statistics view. Used to find what is
 * big at 10,000 exchanges (issue 16, item 1); not a budget figure.
 */

export interface HeapGroup {
  readonly name: string;
  readonly count: number;
  readonly bytes: number;
}

export interface HeapSummary {
  readonly totalBytes: number;
  /** Strings by size: 1 KiB and up (body text, in this panel), and the rest. */
  readonly largeStrings: HeapGroup;
  readonly smallStrings: HeapGroup;
  /** By node type, then objects by constructor name, biggest first. */
  readonly byType: readonly HeapGroup[];
  readonly byConstructor: readonly HeapGroup[];
  /** Strings of 1 KiB and more by their first 24 characters (what they are), biggest groups first. */
  readonly largeStringsByStart: readonly HeapGroup[];
}

/** The fields of a serialized snapshot that the summary reads (V8's format, `snapshot.meta`). */
interface SnapshotJson {
  readonly snapshot: { readonly meta: { readonly node_fields: readonly string[]; readonly node_types: readonly unknown[] } };
  readonly nodes: readonly number[];
  readonly strings: readonly string[];
}

const LARGE_STRING = 1024;
const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string']);

const add = (groups: Map<string, { count: number; bytes: number }>, name: string, bytes: number): void => {
  const group = groups.get(name) ?? { count: 0, bytes: 0 };
  group.count += 1;
  group.bytes += bytes;
  groups.set(name, group);
};

const sorted = (groups: Map<string, { count: number; bytes: number }>): HeapGroup[] =>
  [...groups].map(([name, group]) => ({ name, ...group })).sort((a, b) => b.bytes - a.bytes);

export const summarizeSnapshot = (snapshot: SnapshotJson): HeapSummary => {
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  if (!Array.isArray(typeNames)) throw new Error('heap snapshot without node type names');
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  if (typeAt === undefined || nameAt === undefined || sizeAt === undefined || [typeAt, nameAt, sizeAt].includes(-1))
    throw new Error('heap snapshot without type, name or self_size');
  const byType = new Map<string, { count: number; bytes: number }>();
  const byConstructor = new Map<string, { count: number; bytes: number }>();
  const strings = new Map<string, { count: number; bytes: number }>();
  const largeByStart = new Map<string, { count: number; bytes: number }>();
  let totalBytes = 0;
  for (let node = 0; node < snapshot.nodes.length; node += width) {
    const type = String(typeNames[snapshot.nodes[node + typeAt] ?? 0]);
    const bytes = snapshot.nodes[node + sizeAt] ?? 0;
    totalBytes += bytes;
    add(byType, type, bytes);
    if (STRING_TYPES.has(type)) {
      add(strings, bytes >= LARGE_STRING ? 'large' : 'small', bytes);
      if (bytes >= LARGE_STRING)
        add(largeByStart, JSON.stringify((snapshot.strings[snapshot.nodes[node + nameAt] ?? 0] ?? '').slice(0, 24)), bytes);
    } else if (type === 'object' || type === 'closure' || type === 'native' || type === 'code' || type === 'array')
      add(byConstructor, `${type}: ${snapshot.strings[snapshot.nodes[node + nameAt] ?? 0] ?? '?'}`, bytes);
  }
  const none = { count: 0, bytes: 0 };
  return {
    totalBytes,
    largeStrings: { name: `strings of ${LARGE_STRING} bytes and more`, ...(strings.get('large') ?? none) },
    smallStrings: { name: `strings under ${LARGE_STRING} bytes`, ...(strings.get('small') ?? none) },
    byType: sorted(byType),
    byConstructor: sorted(byConstructor),
    largeStringsByStart: sorted(largeByStart),
  };
};

/** Takes a snapshot of the page's heap through CDP and summarizes it (tens of MB of JSON pass through Node). */
export const takeHeapSummary = async (cdp: CDPSession): Promise<HeapSummary> => {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }): void => {
    chunks.push(chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const parsed: unknown = JSON.parse(chunks.join(''));
  return summarizeSnapshot(parsed as SnapshotJson);
};
