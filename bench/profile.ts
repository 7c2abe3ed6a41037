import { Session } from 'node:inspector/promises';
import type { Profiler, Runtime } from 'node:inspector';
import { frameName, placeOf } from './profileFrames';

/**
 * Where a piece of work spends its time, from V8's sampling profiler run in-process (the data
 * `node --cpu-prof` writes). Builtins such as JSON.parse have no frame of their own: their time is
 * billed to the function that called them (decode/parseJson.ts for the decoder's JSON.parse).
 */

export interface TimeShare {
  readonly name: string;
  readonly ms: number;
  /** Fraction of all sampled time, 0..1. */
  readonly share: number;
}

const SAMPLING_INTERVAL_MICROSECONDS = 200;

export const profileWork = async (work: () => unknown): Promise<Profiler.Profile> => {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_MICROSECONDS });
    await session.post('Profiler.start');
    // Run the work in a task of its own, not inside the inspector's message dispatch: the samples
    // under `dispatch` (the profiler starting and stopping) are then left out by selfTimeBy.
    await new Promise<void>((resolve) => {
      setImmediate(resolve);
    });
    work();
    const { profile } = await session.post('Profiler.stop');
    return profile;
  } finally {
    session.disconnect();
  }
};

const isProfilerOwnFrame = (frame: Runtime.CallFrame): boolean =>
  (frame.functionName === 'dispatch' && frame.url === '') || frame.functionName === '(idle)';

/** The nodes whose samples are the profiler's own work (starting up logs every compiled function) or idling. */
const profilerNodes = (profile: Profiler.Profile): Set<number> => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const excluded = new Set<number>();
  const exclude = (id: number): void => {
    if (excluded.has(id)) return;
    excluded.add(id);
    for (const child of byId.get(id)?.children ?? []) exclude(child);
  };
  for (const node of profile.nodes) if (isProfilerOwnFrame(node.callFrame)) exclude(node.id);
  return excluded;
};

/** Self time per group, largest first: each sample's interval goes to the frame on top of the stack. */
export const selfTimeBy = (profile: Profiler.Profile, groupOf: (frame: Runtime.CallFrame) => string): TimeShare[] => {
  const microsecondsByNode = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((node, index) => {
    microsecondsByNode.set(node, (microsecondsByNode.get(node) ?? 0) + Math.max(0, deltas[index] ?? 0));
  });
  const excluded = profilerNodes(profile);
  const byGroup = new Map<string, number>();
  for (const node of profile.nodes) {
    const spent = microsecondsByNode.get(node.id);
    if (spent === undefined || excluded.has(node.id)) continue;
    const group = groupOf(node.callFrame);
    byGroup.set(group, (byGroup.get(group) ?? 0) + spent);
  }
  const total = [...byGroup.values()].reduce((sum, value) => sum + value, 0);
  return [...byGroup]
    .map(([name, microseconds]) => ({ name, ms: microseconds / 1000, share: total === 0 ? 0 : microseconds / total }))
    .sort((a, b) => b.ms - a.ms);
};

export const selfTimeByPlace = (profile: Profiler.Profile): TimeShare[] => selfTimeBy(profile, placeOf);
export const selfTimeByFunction = (profile: Profiler.Profile): TimeShare[] => selfTimeBy(profile, frameName);
