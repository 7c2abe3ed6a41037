/**
 * Runs work in tasks of their own, in order, through a MessageChannel: unlike setTimeout it is not
 * clamped to 4 ms when nested, so a backlog worked through in slices (decodedNetworkSource.ts) is
 * not slowed by waiting, and the browser can still paint between two tasks.
 */
export function messageChannelTasks(): (work: () => void) => void {
  const queue: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    queue.shift()?.();
  };
  return (work) => {
    queue.push(work);
    channel.port2.postMessage(null);
  };
}
