import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { markFirstPaints, type MarkClock } from './firstPaintMarks';
import { LISTENING_PAINTED_MARK, markShown, ROWS_PAINTED_MARK, SHOWN_MARK } from './panelMarks';

/** A window whose frames and tasks run only when the test says, recording the marks made. */
function fakeClock() {
  const marks: { name: string; detail: unknown }[] = [];
  let frames: (() => void)[] = [];
  let tasks: (() => void)[] = [];
  const clock: MarkClock = {
    performance: {
      mark: (name: string, options?: PerformanceMarkOptions) => {
        marks.push({ name, detail: options?.detail });
        return new PerformanceMark(name);
      },
    },
    requestAnimationFrame: (callback) => frames.push(callback),
    setTimeout: (callback) => tasks.push(callback),
  };
  const paint = () => {
    const due = frames;
    frames = [];
    for (const frame of due) frame();
  };
  const runTasks = () => {
    const due = tasks;
    tasks = [];
    for (const task of due) task();
  };
  return { clock, marks, paint, runTasks };
}

describe('the marks of the first paints after the panel is shown', () => {
  it('marks the listening panel only in the task after the next frame, with how many exchanges it held', () => {
    const { clock, marks, paint, runTasks } = fakeClock();
    const listening = signal(false);
    markFirstPaints(clock, listening, signal(0));
    listening.value = true;
    expect(marks).toEqual([]);
    paint();
    expect(marks).toEqual([]);
    runTasks();
    expect(marks).toEqual([{ name: LISTENING_PAINTED_MARK, detail: { exchanges: 0 } }]);
  });

  it('marks the first rows once, however many arrive after', () => {
    const { clock, marks, paint, runTasks } = fakeClock();
    const listening = signal(true);
    const count = signal(0);
    markFirstPaints(clock, listening, count);
    paint();
    runTasks();
    count.value = 40;
    paint();
    runTasks();
    count.value = 5000;
    listening.value = false;
    listening.value = true;
    paint();
    runTasks();
    expect(marks).toEqual([
      { name: LISTENING_PAINTED_MARK, detail: { exchanges: 0 } },
      { name: ROWS_PAINTED_MARK, detail: { exchanges: 40 } },
    ]);
  });

  it('marks both when the panel connects with exchanges already listed', () => {
    const { clock, marks, paint, runTasks } = fakeClock();
    markFirstPaints(clock, signal(true), signal(5000));
    paint();
    runTasks();
    expect(marks.map((mark) => mark.name)).toEqual([LISTENING_PAINTED_MARK, ROWS_PAINTED_MARK]);
  });

  it('never throws into the panel when the timeline refuses a mark', () => {
    const refusing = {
      performance: {
        mark: (): PerformanceMark => {
          throw new Error('no User Timing here');
        },
      },
    };
    expect(() => {
      markShown(refusing);
    }).not.toThrow();
  });

  it('marks the show on the timeline it is given', () => {
    const { clock, marks } = fakeClock();
    markShown(clock);
    expect(marks).toEqual([{ name: SHOWN_MARK, detail: undefined }]);
  });
});
