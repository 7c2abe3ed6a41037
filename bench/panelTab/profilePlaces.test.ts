import type { HeapProfiler, Profiler, Runtime } from 'node:inspector';
import { describe, expect, it } from 'vitest';
import { cpuPlaces, heapPlaces } from './profilePlaces';
import type { Place } from './sourcePlaces';

const frame = (functionName: string, url: string): Runtime.CallFrame => ({ functionName, url, scriptId: '0', lineNumber: 0, columnNumber: 0 });
/** Stands in for the source-map lookup: a script frame is named after its function and URL. */
const placeOf = (callFrame: Runtime.CallFrame): Place => ({ file: callFrame.url || 'engine', name: `${callFrame.functionName} (${callFrame.url || 'engine'})` });

describe('billing builtins to the script that called them', () => {
  const root = frame('(root)', '');
  const deriveRow = frame('deriveRow', 'listRow.ts');
  const toLowerCase = frame('toLowerCase', '');
  const join = frame('join', '');
  const gc = frame('(garbage collector)', '');

  it('in a CPU profile: a builtin, and a builtin under a builtin, go to the nearest script', () => {
    const profile: Profiler.Profile = {
      startTime: 0,
      endTime: 1,
      nodes: [
        { id: 1, callFrame: root, children: [2, 5] },
        { id: 2, callFrame: deriveRow, children: [3] },
        { id: 3, callFrame: toLowerCase, children: [4] },
        { id: 4, callFrame: join },
        { id: 5, callFrame: gc },
      ],
    };
    const places = cpuPlaces(profile, placeOf);
    expect(places.get(toLowerCase)).toEqual({ file: 'listRow.ts', name: 'toLowerCase in deriveRow (listRow.ts)' });
    expect(places.get(join)).toEqual({ file: 'listRow.ts', name: 'join in deriveRow (listRow.ts)' });
    expect(places.get(deriveRow)).toEqual({ file: 'listRow.ts', name: 'deriveRow (listRow.ts)' });
    // The engine's own entries keep their names.
    expect(places.get(gc)).toEqual({ file: 'engine', name: '(garbage collector) (engine)' });
  });

  it('in a heap profile, the same; a builtin with no script above it stays the engine\'s', () => {
    const head: HeapProfiler.SamplingHeapProfileNode = {
      callFrame: root, selfSize: 0, children: [
        { callFrame: deriveRow, selfSize: 10, children: [{ callFrame: toLowerCase, selfSize: 90, children: [] }] },
        { callFrame: join, selfSize: 5, children: [] },
      ],
    };
    const places = heapPlaces({ head }, placeOf);
    expect(places.get(toLowerCase)?.name).toBe('toLowerCase in deriveRow (listRow.ts)');
    expect(places.get(join)?.name).toBe('join (engine)');
  });
});
