import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';

/**
 * What the panel page's main thread did in a Chromium trace (round s8, issue 16 item 1): each task's
 * wall and thread (CPU) time, and inside the long ones the self time of each trace event by name
 * (FunctionCall: the page's JavaScript, UpdateLayoutTree: style recalc, Layout, Paint, MinorGC /
 * MajorGC…), so a long task can be told apart as script, rendering or garbage collection.
 */

/** Tasks with thread time, their nested events, and V8's GC events. */
export const PROFILE_TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', '__metadata'];

const TraceEvent = t.intersection([
  t.type({ name: t.string, ph: t.string, pid: t.number, tid: t.number, ts: t.number }),
  t.partial({ dur: t.number, tdur: t.number, args: t.partial({ name: t.unknown }) }),
]);
type TraceEvent = t.TypeOf<typeof TraceEvent>;
const Trace = t.type({ traceEvents: t.array(t.unknown) });

export interface TaskBreakdown {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Self time (thread time where the trace has it, else wall) of each event name inside the task, ms. */
  readonly selfMs: Readonly<Record<string, number>>;
}

const eventsOf = (trace: Buffer): TraceEvent[] => {
  const parsed = Trace.decode(JSON.parse(trace.toString('utf8')));
  if (!isRight(parsed)) throw new Error('the trace has no traceEvents');
  return parsed.right.traceEvents.flatMap((raw) => {
    const event = TraceEvent.decode(raw);
    return isRight(event) ? [event.right] : [];
  });
};

/** The main thread of the one renderer whose tasks ran the most script: the panel page's. */
const pageMainThread = (events: readonly TraceEvent[]): { pid: number; tid: number } => {
  const mains = events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const scriptTime = (main: { pid: number; tid: number }): number =>
    events
      .filter((event) => event.name === 'FunctionCall' && event.pid === main.pid && event.tid === main.tid)
      .reduce((sum, event) => sum + (event.dur ?? 0), 0);
  const busiest = [...mains].sort((a, b) => scriptTime(b) - scriptTime(a))[0];
  if (busiest === undefined) throw new Error('the trace has no renderer main thread');
  return busiest;
};

const cost = (event: TraceEvent): number => event.tdur ?? event.dur ?? 0;

/** Every complete event within one task, with the time not spent in its children. */
const selfTimes = (inside: readonly TraceEvent[]): Record<string, number> => {
  const self: Record<string, number> = {};
  const stack: TraceEvent[] = [];
  const childCost = new Map<TraceEvent, number>();
  const close = (event: TraceEvent): void => {
    self[event.name] = (self[event.name] ?? 0) + Math.max(0, cost(event) - (childCost.get(event) ?? 0)) / 1000;
  };
  for (const event of inside) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top !== undefined && top.ts + (top.dur ?? 0) > event.ts) break;
      if (top !== undefined) close(top);
      stack.pop();
    }
    const parent = stack[stack.length - 1];
    if (parent !== undefined) childCost.set(parent, (childCost.get(parent) ?? 0) + cost(event));
    stack.push(event);
  }
  for (const event of stack.reverse()) close(event);
  return self;
};

/** Every task of the panel page's main thread, in order, each with its breakdown. */
export function pageTasks(trace: Buffer): TaskBreakdown[] {
  const events = eventsOf(trace);
  const main = pageMainThread(events);
  const onThread = events
    .filter((event) => event.ph === 'X' && event.pid === main.pid && event.tid === main.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = onThread.filter((event) => event.name === 'RunTask');
  let cursor = 0;
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    while (cursor < onThread.length && (onThread[cursor]?.ts ?? 0) < task.ts) cursor += 1;
    const inside: TraceEvent[] = [];
    for (let index = cursor; index < onThread.length; index += 1) {
      const event = onThread[index];
      if (event === undefined || event.ts >= end) break;
      if (event !== task) inside.push(event);
    }
    const selfMs = selfTimes(inside);
    return { wallMs: (task.dur ?? 0) / 1000, cpuMs: (task.tdur ?? 0) / 1000, selfMs };
  });
}

/** The self times of `tasks` added up by event name, largest first. */
export function summedSelfTimes(tasks: readonly TaskBreakdown[]): [string, number][] {
  const sums = new Map<string, number>();
  for (const task of tasks) for (const [name, ms] of Object.entries(task.selfMs)) sums.set(name, (sums.get(name) ?? 0) + ms);
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** The kind of work a trace event stands for, to add the breakdown up as script, style, layout, paint and GC. */
export function workKind(name: string): string {
  if (name.includes('GC') || name.includes('Sweep') || name.includes('BlinkGC')) return 'gc';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name === 'ParseAuthorStyleSheet') return 'style';
  if (name === 'Layout') return 'layout';
  if (['Paint', 'PrePaint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage', 'RasterTask'].includes(name)) return 'paint';
  if (name === 'HitTest') return 'hit test';
  return 'script';
}

/** summedSelfTimes added up by workKind. */
export function summedByKind(tasks: readonly TaskBreakdown[]): [string, number][] {
  const sums = new Map<string, number>();
  for (const [name, ms] of summedSelfTimes(tasks)) sums.set(workKind(name), (sums.get(workKind(name)) ?? 0) + ms);
  return [...sums].sort((a, b) => b[1] - a[1]);
}
