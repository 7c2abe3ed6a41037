import { describe, expect, it } from 'vitest';
import { createFifoQueue } from './fifoQueue';

const item = (n: number) => ({ n });
const numbers = (queue: ReturnType<typeof createFifoQueue<{ n: number }>>) => queue.toArray().map((entry) => entry.n);

describe('FIFO queue', () => {
  it('gives elements back oldest first, and undefined once empty', () => {
    const queue = createFifoQueue<{ n: number }>();
    for (const n of [1, 2, 3]) queue.push(item(n));
    expect(queue.shift()?.n).toBe(1);
    expect(queue.peek()?.n).toBe(2);
    expect(numbers(queue)).toEqual([2, 3]);
    expect(queue.size).toBe(2);
    queue.shift();
    queue.shift();
    expect(queue.shift()).toBeUndefined();
    expect(queue.size).toBe(0);
  });

  it('stays in order across its compactions, with pushes and shifts interleaved', () => {
    const queue = createFifoQueue<{ n: number }>();
    let next = 0;
    let oldest = 0;
    // 1,000 live elements, then 5,000 rounds of one push and one shift: the dead prefix passes
    // the 64-element threshold and half the array many times over.
    while (next < 1_000) queue.push(item(next++));
    for (let round = 0; round < 5_000; round += 1) {
      queue.push(item(next++));
      expect(queue.shift()?.n).toBe(oldest++);
    }
    expect(queue.size).toBe(1_000);
    expect(numbers(queue)).toEqual(Array.from({ length: 1_000 }, (_, index) => 5_000 + index));
  });

  it('clear empties it', () => {
    const queue = createFifoQueue<{ n: number }>();
    queue.push(item(1));
    queue.clear();
    expect(numbers(queue)).toEqual([]);
    queue.push(item(2));
    expect(numbers(queue)).toEqual([2]);
  });
});
