import { describe, expect, it } from 'vitest';
import { BUDGETS, judge } from './budgets';
import type { BenchResults, Figure } from './results';

const resultsWith = (figures: Figure[]): BenchResults => ({
  date: '2026-01-01T00:00:00.000Z',
  scale: 'full',
  revision: 'abc1234',
  machine: { cpu: 'test', cores: 2, memoryGiB: 24, node: 'v20.0.0', platform: 'linux' },
  loadAverage: { atStart: 1, atEnd: 1 },
  benchmarks: [{ id: 'x', title: 'x', seconds: 1, figures, details: [] }],
});

/** One figure per budgeted id, at the tightest of its budgets (a figure may be held to two). */
const allMet = (): Figure[] =>
  [...new Set(BUDGETS.map((budget) => budget.figure))].map((id) => ({
    id,
    label: id,
    value: Math.min(...BUDGETS.filter((budget) => budget.figure === id).map((budget) => budget.max)),
    unit: 'ratio',
  }));

describe('judging results against the budgets of issue 6', () => {
  it('holds the budgets of the issue', () => {
    expect(BUDGETS.map((budget) => [budget.figure, budget.max])).toEqual([
      ['decode.json.ratio', 2],
      ['decode.sse.ratio', 2.5],
      ['formats.openai-responses.json.ratio', 2],
      ['formats.openai-responses.stream.ratio', 2.5],
      ['formats.anthropic-messages.json.ratio', 2],
      ['formats.anthropic-messages.stream.ratio', 2.5],
      ['formats.gemini.json.ratio', 2],
      ['formats.gemini.stream.ratio', 2.5],
      ['formats.ai-sdk-ui.stream.ratio', 2.5],
      ['formats.ai-sdk-data.stream.ratio', 2.5],
      ['formats.ollama.json.ratio', 2],
      ['formats.ollama.stream.ratio', 2.5],
      ['decode.json.ratio', 1.5],
      ['decode.sse.ratio', 2],
      ['formats.openai-responses.json.ratio', 1.5],
      ['formats.openai-responses.stream.ratio', 2],
      ['formats.anthropic-messages.json.ratio', 1.5],
      ['formats.anthropic-messages.stream.ratio', 2],
      ['formats.gemini.json.ratio', 1.5],
      ['formats.gemini.stream.ratio', 2],
      ['formats.ai-sdk-ui.stream.ratio', 2],
      ['formats.ai-sdk-data.stream.ratio', 2],
      ['formats.ollama.json.ratio', 1.5],
      ['formats.ollama.stream.ratio', 2],
      ['growth.stream.ratio', 18],
      ['growth.har.ratio', 18],
      ['size.panel.gzip', 102_400],
      ['size.devtools.gzip', 6_144],
      ['panel.ingest.ms', 1000],
      ['panel.filter.ms', 50],
      ['panel.scroll.longestTaskMs', 50],
      ['panel.select.ms', 150],
      ['panel.heap.bytes', 31_457_280],
      ['burst.listedAfterLastMs', 2000],
      ['panel.readyWhenShown.rowsMs', 150],
      ['panel.readyWhenShown.emptyMs', 50],
      ['live.drain.p95Ms', 1],
      ['live.load.panel.longestTaskCpuMs', 50],
      ['live.load.drain.p95Ms', 1],
    ]);
  });

  it('meets a budget with a figure exactly at its limit', () => {
    expect(judge(resultsWith(allMet())).every((verdict) => verdict.met)).toBe(true);
  });

  it('misses a budget whose figure is over the limit', () => {
    const figures = allMet().map((figure) => (figure.id === 'decode.sse.ratio' ? { ...figure, value: 2.51 } : figure));
    expect(
      judge(resultsWith(figures))
        .filter((verdict) => !verdict.met)
        .map((verdict) => verdict.budget.figure),
    ).toEqual(['decode.sse.ratio', 'decode.sse.ratio']);
  });

  it("judges a figure held to two budgets against each: 2.2× meets issue 13's 2.5× and misses issue 16's 2.0×", () => {
    const figures = allMet().map((figure) => (figure.id === 'formats.gemini.stream.ratio' ? { ...figure, value: 2.2 } : figure));
    expect(
      judge(resultsWith(figures))
        .filter((verdict) => verdict.figure?.id === 'formats.gemini.stream.ratio')
        .map((verdict) => [verdict.budget.max, verdict.met]),
    ).toEqual([
      [2.5, true],
      [2, false],
    ]);
  });

  it('misses a budget whose figure was not measured, or is not a number', () => {
    const figures = allMet()
      .filter((figure) => figure.id !== 'size.panel.gzip')
      .map((figure) => (figure.id === 'growth.har.ratio' ? { ...figure, value: Number.NaN } : figure));
    expect(
      judge(resultsWith(figures))
        .filter((verdict) => !verdict.met)
        .map((verdict) => verdict.budget.figure),
    ).toEqual(['growth.har.ratio', 'size.panel.gzip']);
  });
});
