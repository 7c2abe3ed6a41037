import { describe, expect, it } from 'vitest';
import { heapLines, heapSnapshotDetails } from './panelScaleHeap';
import type { PanelHeapSnapshot } from './panelScaleHeap';
import { MiB } from './stats';

const snapshot: PanelHeapSnapshot = {
  ingest: {
    fired: 3,
    msToDelivered: 1,
    msToListed: 1,
    msToDecoded: 1,
    longTasks: [],
    countUpdates: 1,
    bodyChars: 2 * MiB,
    bodyBytes: 3 * MiB,
    countText: '3 requests',
    toolbarText: '3 requests',
    renderedRows: 3,
  },
  usedBytes: 30 * MiB,
  backingBytes: 100 * MiB,
  summary: {
    totalBytes: 0,
    largeStrings: { name: 'large', count: 2, bytes: 3 * MiB },
    smallStrings: { name: 'small', count: 5, bytes: MiB },
    byType: [
      { name: 'object', count: 10, bytes: 4 * MiB },
      { name: 'code', count: 1, bytes: MiB },
      { name: 'array', count: 1, bytes: 2 * MiB },
      { name: 'native', count: 9, bytes: 99 * MiB },
    ],
    byConstructor: [
      { name: 'native: system / JSArrayBufferData', count: 4, bytes: 98 * MiB },
      { name: 'native: ArrayBuffer', count: 4, bytes: 0.5 * MiB },
      { name: 'native: Uint8Array', count: 4, bytes: 0.25 * MiB },
      { name: 'object: Object', count: 10, bytes: 4 * MiB },
    ],
    largeStringsByStart: [{ name: '"https://api.groq.com/ope"', count: 2, bytes: 3 * MiB }],
  },
};

describe("the panel heap snapshot's lines", () => {
  it('sums the snapshot into the lines of the recorded before column', () => {
    const lines = heapLines(snapshot);
    expect(lines['JS heap (`usedSize`)']).toEqual({ count: null, bytes: 30 * MiB });
    expect(lines['ArrayBuffer contents (`JSArrayBufferData`)']).toEqual({ count: 4, bytes: 98 * MiB });
    // The two object kinds of one body's bytes, added: 8 objects, 0.75 MiB.
    expect(lines['ArrayBuffer and Uint8Array objects']).toEqual({ count: 8, bytes: 0.75 * MiB });
    expect(lines['external strings (`ExternalStringData`)']).toEqual({ count: 0, bytes: 0 });
    expect(lines['code, arrays, numbers, closures, shapes']).toEqual({ count: null, bytes: 3 * MiB });
    expect(lines['other objects']).toEqual({ count: null, bytes: 4 * MiB });
  });

  it('prints the before and after of each line in one table', () => {
    const markdown = heapSnapshotDetails(snapshot).join('\n');
    expect(markdown).toContain('| JS heap (`usedSize`) | 182.5 MiB | 30.0 MiB |');
    expect(markdown).toContain('| strings of 1 KiB and more | 7,603: 156.2 MiB | 2: 3.0 MiB |');
    expect(markdown).toContain('"https://api.groq.com/ope" 2 (3.0 MiB)');
    expect(markdown).toContain('3 exchanges, 2.0 Mi characters of body text, 3.0 MiB as UTF-8');
  });
});
