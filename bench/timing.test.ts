import { describe, expect, it } from 'vitest';
import { childProcess, cpuTimes, inProcess, timeRounds } from './timing';

describe('timing runs', () => {
  it('takes one sample per round from each variant', () => {
    const calls: string[] = [];
    const first = inProcess(() => calls.push('first'));
    const second = inProcess(() => calls.push('second'));
    timeRounds([first, second], 3);
    expect(first.samples).toHaveLength(3);
    expect(second.samples).toHaveLength(3);
    // The order rotates so neither always runs first.
    expect(calls).toEqual(['first', 'second', 'second', 'first', 'first', 'second']);
  });

  it('runs repeated work that many times in each sample', () => {
    let calls = 0;
    const repeated = inProcess(() => (calls += 1), 4);
    timeRounds([repeated], 2);
    expect(calls).toBe(8);
    expect(repeated.samples).toHaveLength(2);
  });

  it('times repeated work as one run of it', () => {
    // Each run spins until it has used 20 ms of this process's CPU, however busy the machine is:
    // a sample of 4 runs reads about 20 ms, not the 80 the 4 runs took together.
    const spin = (): void => {
      const start = process.cpuUsage();
      for (;;) {
        const used = process.cpuUsage(start);
        if (used.user + used.system >= 20_000) return;
      }
    };
    const repeated = inProcess(spin, 4);
    timeRounds([repeated], 1);
    const [cpu = 0] = cpuTimes(repeated.samples);
    expect(cpu).toBeGreaterThanOrEqual(20);
    expect(cpu).toBeLessThan(40);
  });

  it("reads a child process's CPU time from bash's times", () => {
    // The child spins until it has used 100 ms of CPU, however busy the machine is.
    const spin = childProcess(process.execPath, ['-e', 'const start = process.cpuUsage(); while (process.cpuUsage(start).user < 100000);']);
    timeRounds([spin], 1);
    const [cpu] = cpuTimes(spin.samples);
    expect(cpu).toBeGreaterThanOrEqual(100);
    expect(spin.samples[0]?.wallMs).toBeGreaterThanOrEqual(100);
  });

  it('fails loudly when the child exits with a status not accepted', () => {
    const failing = childProcess(process.execPath, ['-e', 'console.error("it broke"); process.exit(2)'], [0, 1]);
    expect(() => {
      timeRounds([failing], 1);
    }).toThrow(/exited 2: it broke/);
  });
});
