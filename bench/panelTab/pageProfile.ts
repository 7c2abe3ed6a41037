import type { CDPSession } from '@playwright/test';
import type { HeapProfiler, Profiler } from 'node:inspector';

/**
 * CPU and heap profiles of the panel page through CDP (frames are named by sourcePlaces.ts). The
 * work runs between start and stop; a profile costs some speed, so a profiled run is never timed.
 */

export const profilePage = async <T>(cdp: CDPSession, work: () => Promise<T>, intervalMicroseconds = 500): Promise<{ result: T; profile: Profiler.Profile }> => {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalMicroseconds });
  await cdp.send('Profiler.start');
  try {
    const result = await work();
    const { profile } = await cdp.send('Profiler.stop');
    return { result, profile };
  } finally {
    await cdp.send('Profiler.disable');
  }
};

/**
 * The objects allocated during `work` that are still alive after it and a full collection, sampled
 * one per `intervalBytes` with the stack that allocated them.
 */
export const sampleHeap = async <T>(cdp: CDPSession, work: () => Promise<T>, intervalBytes = 64 * 1024): Promise<{ result: T; profile: HeapProfiler.SamplingHeapProfile }> => {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: intervalBytes });
  try {
    const result = await work();
    await cdp.send('HeapProfiler.collectGarbage');
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    return { result, profile };
  } finally {
    await cdp.send('HeapProfiler.disable');
  }
};
