/**
 * First in, first out, with O(1) amortized push and shift and no array copy per operation.
 * `Array.prototype.shift` moves every element (V8 trims in place only for small arrays), and a
 * `Map`'s first key is found by skipping the holes deletions leave at its front, which grow with
 * the table; so the panel's bounded log keeps its own head index instead. The live part is copied
 * down only once the dead prefix is at least as long as it, so each element is copied at most once
 * per time it could have been shifted.
 */
export type FifoQueue<T extends object> = ReturnType<typeof createFifoQueue<T>>;

/** Below this many shifted elements the dead prefix is not worth a copy. */
const COMPACT_FROM = 64;

export function createFifoQueue<T extends object>() {
  /** Shifted slots hold null, so a dropped element can be collected before the next compaction. */
  let items: (T | null)[] = [];
  let head = 0;

  return {
    get size(): number {
      return items.length - head;
    },
    push(item: T): void {
      items.push(item);
    },
    /** The oldest element, removed; undefined when empty. */
    shift(): T | undefined {
      const item = items[head] ?? undefined;
      if (item === undefined) return undefined;
      items[head] = null;
      head += 1;
      if (head === items.length) {
        items = [];
        head = 0;
      } else if (head >= COMPACT_FROM && head * 2 >= items.length) {
        items = items.slice(head);
        head = 0;
      }
      return item;
    },
    /**
     * Puts `next` where `old` is (a live exchange updated in place). Searched from the newest end,
     * where the exchanges still in flight are; false when `old` is not in the queue.
     */
    replace(old: T, next: T): boolean {
      for (let at = items.length - 1; at >= head; at -= 1) {
        if (items[at] === old) {
          items[at] = next;
          return true;
        }
      }
      return false;
    },
    peek(): T | undefined {
      return items[head] ?? undefined;
    },
    /** A copy of the live elements, oldest first (none of them is null: only shifted slots are). */
    toArray(): T[] {
      const live: T[] = [];
      for (let at = head; at < items.length; at += 1) {
        const item = items[at];
        if (item !== null && item !== undefined) live.push(item);
      }
      return live;
    },
    clear(): void {
      items = [];
      head = 0;
    },
  };
}
