import type { HeapProfiler, Profiler, Runtime } from 'node:inspector';
import { fixed, kib, markdownTable, percent } from './markdown';
import { profilePage, sampleHeap } from './panelTab/pageProfile';
import { cpuPlaces, heapPlaces } from './panelTab/profilePlaces';
import { sourcePlaces } from './panelTab/sourcePlaces';
import type { Place } from './panelTab/sourcePlaces';
import type { AroundPhase, PanelPhase, PanelScaleInput } from './panelScaleRun';
import { runPanelScale } from './panelScaleRun';
import { selfTimeBy } from './profile';
import type { TimeShare } from './profile';

/**
 * What bounds a missed panel budget: one more run, untimed, with CDP's sampling profiler around
 * each phase that missed (and the sampling heap profiler around the ingest when the heap did), the
 * frames named after the TypeScript sources through the build's source maps.
 */

/** A phase whose time missed its budget, or `heap` for the heap after the ingest. */
export type ProfiledMiss = PanelPhase | 'heap';

const TOP = 12;

/** What a reader needs to read a phase's table right. */
const PHASE_NOTES: Partial<Record<PanelPhase, string>> = {
  scroll: 'The harness sets the list\'s `scrollTop` once per frame (`scrollThrough`): setting it makes the browser lay out what the last frame rendered before it can scroll, and layout done inside a script call is billed to that call. A wheel scroll makes the frame do that layout instead.',
};

const timeRows = (shares: readonly TimeShare[]): string[][] => shares.slice(0, TOP).map((share) => [share.name, fixed(share.ms, 0), percent(share.share)]);

/** Live bytes by where they were allocated: each sampled node's own size goes to its frame's group. */
const heapBy = (profile: HeapProfiler.SamplingHeapProfile, places: ReadonlyMap<Runtime.CallFrame, Place>, key: keyof Place): string[][] => {
  const bytes = new Map<string, number>();
  const visit = (node: HeapProfiler.SamplingHeapProfileNode): void => {
    const group = places.get(node.callFrame)?.[key] ?? 'unknown';
    bytes.set(group, (bytes.get(group) ?? 0) + node.selfSize);
    node.children.forEach(visit);
  };
  visit(profile.head);
  const total = [...bytes.values()].reduce((sum, value) => sum + value, 0);
  return [...bytes].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([name, size]) => [name, kib(size), percent(total === 0 ? 0 : size / total)]);
};

const heapTables = (profile: HeapProfiler.SamplingHeapProfile, places: ReadonlyMap<Runtime.CallFrame, Place>): string[] => [
  '',
  '### What bounds it: heap (live objects after the ingest and a full GC, by where they were allocated; CDP sampling heap profiler, one sample per 64 KiB allocated)',
  '',
  'Sampling starts with the ingest, so the request and response bodies, built by the harness before it (their size is in the table above), are not among these samples: what is here is what the capture and the panel build on top of the text they keep. A builtin is billed to the script that called it.',
  '',
  ...markdownTable(['source', 'live (sampled)', 'share'], heapBy(profile, places, 'file')),
  '',
  ...markdownTable(['function', 'live (sampled)', 'share'], heapBy(profile, places, 'name')),
];

export const profiledPhases = async (input: PanelScaleInput, missed: readonly ProfiledMiss[], log: (line: string) => void): Promise<string[]> => {
  log(`panel: one more run, profiled for ${[...new Set(missed)].join(', ')}`);
  const cpu = new Map<PanelPhase, Profiler.Profile>();
  const heap: { profile: HeapProfiler.SamplingHeapProfile | null } = { profile: null };
  const around: AroundPhase = async (phase, tab, work) => {
    const sampled = phase === 'ingest' && missed.includes('heap')
      ? async () => {
        const { result, profile } = await sampleHeap(tab.cdp, work);
        heap.profile = profile;
        return result;
      }
      : work;
    if (!missed.includes(phase)) return sampled();
    const { result, profile } = await profilePage(tab.cdp, sampled);
    cpu.set(phase, profile);
    return result;
  };
  await runPanelScale(input, around);
  const placeOf = sourcePlaces(input.extensionDir, input.harnessScript);
  const heapSection = heap.profile === null ? [] : heapTables(heap.profile, heapPlaces(heap.profile, placeOf));
  return [...[...cpu].flatMap(([phase, profile]) => {
    const places = cpuPlaces(profile, placeOf);
    const by = (key: keyof Place) => (frame: Runtime.CallFrame): string => places.get(frame)?.[key] ?? 'unknown';
    return [
      '',
      `### What bounds it: ${phase} (CPU profile of one more run, sampled every 0.5 ms; self time, idle left out)`,
      '',
      'A builtin (a DOM or engine function) is billed to the script that called it; `(program)` is the browser\'s own work outside any script (style, layout, paint).',
      ...(PHASE_NOTES[phase] === undefined ? [] : ['', PHASE_NOTES[phase]]),
      '',
      ...markdownTable(['source', 'ms', 'share'], timeRows(selfTimeBy(profile, by('file')))),
      '',
      ...markdownTable(['function', 'ms', 'share'], timeRows(selfTimeBy(profile, by('name')))),
    ];
  }), ...heapSection];
};
