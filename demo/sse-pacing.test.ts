import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { eventDelay, writePacedEvents } from './sse-pacing';

describe('eventDelay', () => {
  it('keeps the asked delay when the stream fits in the cap', () => {
    expect(eventDelay(34, 15, 1500)).toBe(15);
  });

  it('shrinks the delay so a long stream takes the cap at most', () => {
    expect(eventDelay(990, 15, 1500)).toBeCloseTo(1500 / 989);
  });

  it('sends at once with no pacing or a single event', () => {
    expect(eventDelay(34, 0, 1500)).toBe(0);
    expect(eventDelay(1, 15, 1500)).toBe(0);
  });
});

describe('writePacedEvents', () => {
  it('leaves no drain or close listener behind however often the client is slow', async () => {
    // A response whose buffer is always full: every write asks to wait for 'drain'.
    const response = new EventEmitter() as EventEmitter & {
      destroyed: boolean;
      writableEnded: boolean;
      write(chunk: Buffer): boolean;
      end(): void;
    };
    const written: Buffer[] = [];
    response.destroyed = false;
    response.writableEnded = false;
    response.write = (chunk) => {
      written.push(chunk);
      setImmediate(() => response.emit('drain'));
      return false;
    };
    response.end = () => {
      response.writableEnded = true;
    };
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const events = Array.from({ length: 50 }, (_, i) => Buffer.from(`data: ${String(i)}\n\n`));

    await writePacedEvents(response as unknown as ServerResponse, events, 0);
    process.off('warning', onWarning);

    expect(written).toHaveLength(50);
    expect(response.writableEnded).toBe(true);
    expect(response.listenerCount('drain')).toBe(0);
    expect(response.listenerCount('close')).toBe(0);
    expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
  });
});
