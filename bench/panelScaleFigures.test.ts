import { describe, expect, it } from 'vitest';
import { heapBeyondBodies, panelScaleFigures } from './panelScaleFigures';
import type { PanelScaleRepeat } from './panelScaleRun';

const MiB = 1024 * 1024;

const repeat = (heap: number, backing: number, bodyBytes: number): PanelScaleRepeat => ({
  ingest: {
    fired: 10_001,
    msToDelivered: 1,
    msToListed: 1,
    msToDecoded: 1,
    longTasks: [],
    countUpdates: 1,
    bodyChars: bodyBytes,
    bodyBytes,
    countText: '',
    toolbarText: '',
    renderedRows: 0,
  },
  heapBeforeBytes: 3 * MiB,
  heapAfterBytes: heap,
  backingBeforeBytes: 0,
  backingAfterBytes: backing,
  keystrokes: [{ key: 'g', ms: 1, countText: '' }],
  scroll: { frames: 1, scrollHeight: 1, longTasks: [], longestFrameMs: 1, rowsSeen: 1 },
  select: { ms: 1, rowId: 'a', detailId: 'a', detailTextLength: 1 },
});

describe('the panel heap figure (issue 16: JS heap + buffers ≤ UTF-8 body bytes + 30 MiB)', () => {
  it('counts the JS heap and the buffers outside it, less the bodies themselves', () => {
    // 38 MiB of JS heap and 105 MiB of buffers holding 110 MiB of bodies: 33 MiB beyond them.
    expect(heapBeyondBodies(repeat(38 * MiB, 105 * MiB, 110 * MiB))).toBe(33 * MiB);
  });

  it('reports the median over the repeats as panel.heap.bytes', () => {
    const figures = panelScaleFigures([
      repeat(40 * MiB, 100 * MiB, 110 * MiB),
      repeat(38 * MiB, 100 * MiB, 110 * MiB),
      repeat(50 * MiB, 100 * MiB, 110 * MiB),
    ]);
    expect(figures.find((figure) => figure.id === 'panel.heap.bytes')?.value).toBe(30 * MiB);
  });
});
