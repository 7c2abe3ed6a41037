import { describe, expect, it } from 'vitest';
import { outputSpeed, timingBreakdown } from './harPhases';

describe('timingBreakdown', () => {
  it('lays the phases out in order, with ssl inside connect and -1 as not applicable', () => {
    const { phases, timelineMs, totalMs } = timingBreakdown(
      { blocked: 2.5, dns: -1, connect: 30, ssl: 20, send: 0.4, wait: 700, receive: 112 },
      845,
    );
    expect(phases.map((phase) => [phase.name, phase.ms, phase.startMs])).toEqual([
      ['blocked', 2.5, 0],
      ['dns', null, 2.5],
      ['connect', 30, 2.5],
      // The handshake is the last 20 ms of the 30 ms connection.
      ['ssl', 20, 12.5],
      ['send', 0.4, 32.5],
      ['wait', 700, 32.9],
      ['receive', 112, 732.9],
    ]);
    expect(timelineMs).toBeCloseTo(844.9);
    expect(totalMs).toBe(845);
  });

  it('falls back to the sum of the phases when the browser gave no total, and to null when it gave nothing', () => {
    expect(timingBreakdown({ wait: 300, receive: 50 }, null).totalMs).toBe(350);
    expect(timingBreakdown({}, null).totalMs).toBeNull();
  });
});

describe('outputSpeed', () => {
  it('divides a stream’s completion tokens by its receive time', () => {
    expect(outputSpeed(30, { wait: 700, receive: 112 }, true)).toEqual({
      known: true,
      tokensPerSecond: 30 / 0.112,
      tokens: 30,
      overMs: 112,
      basis: 'receive',
    });
  });

  it('uses wait + receive for a JSON response, which arrives only after the whole generation', () => {
    expect(outputSpeed(37, { wait: 700, receive: 112 }, false)).toMatchObject({ known: true, overMs: 812, basis: 'wait + receive' });
  });

  it('says why when it cannot be told', () => {
    expect(outputSpeed(null, { receive: 112 }, true)).toEqual({ known: false, why: 'the response reports no completion tokens' });
    expect(outputSpeed(30, { wait: 10, receive: -1 }, true)).toEqual({ known: false, why: 'the browser did not record the receive time' });
    expect(outputSpeed(30, { wait: 10, receive: 0 }, true)).toEqual({ known: false, why: 'the measured time is 0 ms' });
  });
});
