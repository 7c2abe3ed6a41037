import { cpus, totalmem, platform, release, arch } from 'node:os';
import type { Machine } from './results';

/** What the figures ran on: they mean little without it. */
export const describeMachine = (): Machine => {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${platform()} ${release()} ${arch()}`,
  };
};
