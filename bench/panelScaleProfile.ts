import type { HeapProfiler, Profiler, Runtime } from 'node:inspector';
import { fixed, kib, markdownTable, percent } from './markdown';
import { profilePage, sampleHeap, sourcePlaces } from './panelTab/pageProfile';
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

const timeRows = (shares: readonly TimeShare[]): string[][] => shares.slice(0, TOP).map((share) => [share.name, fixed(share.ms, 0), percent(share.share)]);

/** Live bytes by where they were allocated: each sampled node's own size goes to its frame's group. */
const heapBy = (profile: HeapProfiler.SamplingHeapProfile, groupOf: (frame: Runtime.CallFrame) => string): string[][] => {
  const bytes = new Map<string, number>();
  const visit = (node: HeapProfiler.SamplingHeapProfileNode): void => {
    const group = groupOf(node.callFrame);
    bytes.set(group, (bytes.get(group) ?? 0) + node.selfSize);
    node.children.forEach(visit);
  };
  visit(profile.head);
  const total = [...bytes.values()].reduce((sum, value) => sum + value, 0);
  return [...bytes].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([name, size]) => [name, kib(size), percent(total === 0 ? 0 : size / total)]);
};

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
  const places = sourcePlaces(input.extensionDir);
  const heapSection = heap.profile === null ? [] : [
    '',
    '### What bounds it: heap (live objects after the ingest and a full GC, by where they were allocated; CDP sampling heap profiler, one sample per 64 KiB allocated)',
    '',
    'Sampling starts with the ingest, so the request and response bodies, built by the harness before it (their size is in the table above), are not among these samples: what is here is what the capture and the panel build on top of the text they keep.',
    '',
    ...markdownTable(['source', 'live (sampled)', 'share'], heapBy(heap.profile, (frame) => places(frame).file)),
    '',
    ...markdownTable(['function', 'live (sampled)', 'share'], heapBy(heap.profile, (frame) => places(frame).name)),
  ];
  return [...[...cpu].flatMap(([phase, profile]) => [
    '',
    `### What bounds it: ${phase} (CPU profile of one more run, sampled every 0.5 ms; self time, idle left out)`,
    '',
    ...markdownTable(['source', 'ms', 'share'], timeRows(selfTimeBy(profile, (frame) => places(frame).file))),
    '',
    ...markdownTable(['function', 'ms', 'share'], timeRows(selfTimeBy(profile, (frame) => places(frame).name))),
  ]), ...heapSection];
};
