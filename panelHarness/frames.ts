/**
 * Scheduling in the page. DevTools hands each network event to an extension page in a message of
 * its own, so the harness delivers its fake events as separate tasks too (a MessageChannel queue:
 * unlike setTimeout it is not clamped to 4 ms, and it keeps order).
 */
const queue: ((() => void) | undefined)[] = [];
/** The next to run. Not `queue.shift()`: with 20,000 queued, shifting each out would cost the harness more than the panel's work. */
let head = 0;
const channel = new MessageChannel();
channel.port1.onmessage = () => {
  const work = queue[head];
  queue[head] = undefined;
  head += 1;
  if (head === queue.length) {
    queue.length = 0;
    head = 0;
  }
  work?.();
};

export const nextTask = (work: () => void): void => {
  queue.push(work);
  channel.port2.postMessage(null);
};

export const nextFrame = (): Promise<number> =>
  new Promise((resolve) => {
    requestAnimationFrame(resolve);
  });

/**
 * Resolves once the browser painted what the current task changed: a frame callback runs just
 * before the frame's paint, and a task queued from it runs after that paint. The time then is what
 * a person waited to see the change (as the Event Timing API counts an interaction's duration).
 */
export const afterNextPaint = async (): Promise<number> => {
  await nextFrame();
  await new Promise<void>((resolve) => {
    nextTask(resolve);
  });
  return performance.now();
};

/** Long tasks (over 50 ms, the Long Tasks API's own threshold) from now until `stop`. */
export const watchLongTasks = (): { stop: () => number[] } => {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return {
    stop: () => {
      for (const entry of observer.takeRecords()) durations.push(entry.duration);
      observer.disconnect();
      return durations;
    },
  };
};
