import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';

/**
 * The tasks of the extension's renderer main thread (the LLM panel page and the devtools page live
 * there) out of a Chromium trace (categories TRACE_CATEGORIES): each task's wall time and its thread
 * time, the CPU the thread really had. On this shared machine a task that ran 4 ms of CPU is often
 * reported by the Long Tasks API as 150 ms, the thread descheduled meanwhile (bench/liveLoad.ts).
 */

/** `RunTask` (with thread time, `tdur`) and the process and thread names. */
export const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', '__metadata'];

const TraceEvent = t.intersection([
  t.type({ name: t.string, ph: t.string, pid: t.number, tid: t.number }),
  t.partial({ dur: t.number, tdur: t.number, args: t.partial({ name: t.unknown }) }),
]);
const Trace = t.type({ traceEvents: t.array(t.unknown) });

export interface ThreadTasks {
  /** Each task's wall time, ms. */
  readonly wallMs: readonly number[];
  /** Each task's thread (CPU) time, ms, same order. */
  readonly cpuMs: readonly number[];
}

const eventsOf = (trace: Buffer): t.TypeOf<typeof TraceEvent>[] => {
  const parsed = Trace.decode(JSON.parse(trace.toString('utf8')));
  if (!isRight(parsed)) throw new Error('the trace has no traceEvents');
  return parsed.right.traceEvents.flatMap((raw) => {
    const event = TraceEvent.decode(raw);
    return isRight(event) ? [event.right] : [];
  });
};

const named = (events: readonly t.TypeOf<typeof TraceEvent>[], kind: string, name: string): { pid: number; tid: number }[] =>
  events.filter((event) => event.ph === 'M' && event.name === kind && event.args?.name === name);

export function extensionMainThreadTasks(trace: Buffer): ThreadTasks {
  const events = eventsOf(trace);
  const extensionPids = new Set(named(events, 'process_name', 'Extension Renderer').map((event) => event.pid));
  if (extensionPids.size !== 1) throw new Error(`the trace shows ${extensionPids.size} extension renderer processes, not 1`);
  const main = named(events, 'thread_name', 'CrRendererMain').find((event) => extensionPids.has(event.pid));
  if (main === undefined) throw new Error("the trace has no main thread of the extension's renderer");
  const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === main.pid && event.tid === main.tid);
  if (tasks.some((task) => task.tdur === undefined)) throw new Error('the trace has tasks without thread time');
  return { wallMs: tasks.map((task) => (task.dur ?? 0) / 1000), cpuMs: tasks.map((task) => (task.tdur ?? 0) / 1000) };
}
