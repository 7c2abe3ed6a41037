import { openHarnessedPanel } from '../panelHarness/harnessedPanel';
import type { IngestResult } from '../panelHarness/api';
import { fixed, grouped, markdownTable } from './markdown';
import { takeHeapSummary } from './panelScaleHeapSummary';
import type { HeapSummary } from './panelScaleHeapSummary';
import { ingestTraffic } from './panelScaleRun';
import type { PanelScaleInput } from './panelScaleRun';
import { MiB } from './stats';

/**
 * What the panel's heap holds after the panel benchmark's traffic, by kind, from a V8 heap snapshot
 * (issue 16 item 1 asks for the summary before and after the bodies became bytes). A browser of its
 * own, after the timed repeats: a snapshot serializes the whole heap and would disturb their timing.
 */

export interface PanelHeapSnapshot {
  readonly ingest: IngestResult;
  /** Runtime.getHeapUsage after the snapshot's collection. */
  readonly usedBytes: number;
  readonly backingBytes: number;
  readonly summary: HeapSummary;
}

export const snapshotPanelScale = async (input: Omit<PanelScaleInput, 'filterText'>): Promise<PanelHeapSnapshot> => {
  const tab = await openHarnessedPanel(input.extensionDir, input.harnessScript);
  try {
    await input.beforeIngest?.(tab);
    const ingest = await ingestTraffic(tab, input);
    await tab.heapAfterGc();
    const summary = await takeHeapSummary(tab.cdp);
    const usage = await tab.cdp.send('Runtime.getHeapUsage');
    return { ingest, usedBytes: usage.usedSize, backingBytes: usage.backingStorageSize, summary };
  } finally {
    await tab.close();
  }
};

/** One line of the before/after table: a count (or null where the snapshot kind has none) and bytes. */
interface HeapLine {
  readonly count: number | null;
  readonly bytes: number;
}

const LINES = [
  'JS heap (`usedSize`)',
  'outside it: ArrayBuffer backing stores and external strings (`backingStorageSize`)',
  'strings of 1 KiB and more',
  'strings under 1 KiB',
  'ArrayBuffer contents (`JSArrayBufferData`)',
  'external strings (`ExternalStringData`)',
  'ArrayBuffer and Uint8Array objects',
  'other objects',
  'code, arrays, numbers, closures, shapes',
] as const;

/**
 * Before: main at 0f38708 (Dec 7 2026), when the panel held every body as a JS string, from the same
 * snapshot tool (bench/panelScaleSnapshot.ts; bench/README.md "The panel's heap at 10,000 exchanges").
 * Recorded, not re-measured: that code is gone.
 */
const BEFORE: Readonly<Record<(typeof LINES)[number], HeapLine>> = {
  'JS heap (`usedSize`)': { count: null, bytes: 182.5 * MiB },
  'outside it: ArrayBuffer backing stores and external strings (`backingStorageSize`)': { count: null, bytes: 0.6 * MiB },
  'strings of 1 KiB and more': { count: 7_603, bytes: 156.2 * MiB },
  'strings under 1 KiB': { count: 206_152, bytes: 12.2 * MiB },
  'ArrayBuffer contents (`JSArrayBufferData`)': { count: 1, bytes: 0.2 * MiB },
  'external strings (`ExternalStringData`)': { count: 539, bytes: 0.9 * MiB },
  'ArrayBuffer and Uint8Array objects': { count: 0, bytes: 0 },
  'other objects': { count: null, bytes: 6.8 * MiB },
  'code, arrays, numbers, closures, shapes': { count: null, bytes: 6.5 * MiB },
};

const constructorLine = (summary: HeapSummary, names: readonly string[]): HeapLine => {
  const groups = summary.byConstructor.filter((group) => names.includes(group.name));
  return { count: groups.reduce((sum, group) => sum + group.count, 0), bytes: groups.reduce((sum, group) => sum + group.bytes, 0) };
};

const typeBytes = (summary: HeapSummary, types: readonly string[]): number =>
  summary.byType.filter((group) => types.includes(group.name)).reduce((sum, group) => sum + group.bytes, 0);

/** The snapshot summed into the lines the before column was written in. */
export const heapLines = (snapshot: PanelHeapSnapshot): Readonly<Record<(typeof LINES)[number], HeapLine>> => {
  const { summary } = snapshot;
  const bufferObjects = constructorLine(summary, ['native: ArrayBuffer', 'native: Uint8Array']);
  return {
    'JS heap (`usedSize`)': { count: null, bytes: snapshot.usedBytes },
    'outside it: ArrayBuffer backing stores and external strings (`backingStorageSize`)': { count: null, bytes: snapshot.backingBytes },
    'strings of 1 KiB and more': summary.largeStrings,
    'strings under 1 KiB': summary.smallStrings,
    'ArrayBuffer contents (`JSArrayBufferData`)': constructorLine(summary, ['native: system / JSArrayBufferData']),
    'external strings (`ExternalStringData`)': constructorLine(summary, ['native: system / ExternalStringData']),
    'ArrayBuffer and Uint8Array objects': bufferObjects,
    'other objects': { count: null, bytes: typeBytes(summary, ['object']) },
    'code, arrays, numbers, closures, shapes': {
      count: null,
      bytes: typeBytes(summary, ['code', 'array', 'number', 'closure', 'object shape']),
    },
  };
};

const cell = (line: HeapLine): string => `${line.count === null ? '' : `${grouped(line.count)}: `}${fixed(line.bytes / MiB, 1)} MiB`;

/** The before/after table and what it was taken on, for BENCHMARKS.md. */
export const heapSnapshotDetails = (snapshot: PanelHeapSnapshot): string[] => {
  const after = heapLines(snapshot);
  return [
    `### The panel's heap by kind, before and after holding bodies as bytes`,
    '',
    `A V8 heap snapshot of the panel page (CDP \`HeapProfiler.takeHeapSnapshot\`, self sizes summed by kind as DevTools' Memory panel does: bench/panelScaleHeapSummary.ts) after the same traffic in a browser of its own: ${grouped(snapshot.ingest.fired)} exchanges, ${fixed(snapshot.ingest.bodyChars / MiB, 1)} Mi characters of body text, ${fixed(snapshot.ingest.bodyBytes / MiB, 1)} MiB as UTF-8. "Before" is main at 0f38708 (Dec 7 2026), when the panel held every body as a JS string, taken with the same tool (bench/panelScaleSnapshot.ts) and recorded in bench/README.md; that code is gone, so it is not re-measured.`,
    '',
    ...markdownTable(
      ['what', 'before: bodies as strings (0f38708)', 'this run: bodies as UTF-8 bytes'],
      LINES.map((line) => [line, cell(BEFORE[line]), cell(after[line])]),
    ),
    '',
    `The largest strings of this run by their first characters: ${snapshot.summary.largeStringsByStart
      .slice(0, 6)
      .map((group) => `${group.name} ${grouped(group.count)} (${fixed(group.bytes / MiB, 1)} MiB)`)
      .join(', ')}.`,
  ];
};
