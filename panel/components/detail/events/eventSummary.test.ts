import { describe, expect, it } from 'vitest';
import { parseSse } from '../../../../decode/index';
import { readFixture } from '../../../../testing/fixtureFiles';
import { summarizeEvent } from './eventSummary';

const summaries = (fixture: string, count: number) =>
  parseSse(readFixture(fixture))
    .events.slice(0, count)
    .map((event) => summarizeEvent(event.data));

describe('summarizeEvent', () => {
  it('quotes the text each chunk adds, so spaces stay visible', () => {
    // openai-stream-text-1.sse: the role chunk adds "", then "I'm", " unable", " to".
    expect(summaries('openai-stream-text-1.sse', 4)).toEqual(['', '"I\'m"', '" unable"', '" to"']);
  });

  it('names tool-call pieces', () => {
    // openai-stream-toolcall-1.sse: the call's name with empty arguments, then argument fragments.
    expect(summaries('openai-stream-toolcall-1.sse', 3)).toEqual(['tool get_weather', 'tool "{\\""', 'tool "city"']);
  });

  it('marks reasoning (xAI reasoning_content)', () => {
    // xai-stream-reasoning-1.sse
    expect(summaries('xai-stream-reasoning-1.sse', 2)).toEqual(['reasoning "First"', 'reasoning ","']);
  });

  it('names the choice when a chunk carries another than the first', () => {
    // openai-stream-multichoice-1.sse: n=3, one choice per chunk.
    expect(summaries('openai-stream-multichoice-1.sse', 4)).toEqual(['', '"{\\""', '', '[1] "{\\""']);
  });

  it('says [DONE], finish and usage, and nothing for data that is not a JSON chunk', () => {
    expect(summarizeEvent('[DONE]')).toBe('[DONE]');
    expect(summarizeEvent('{"choices":[{"index":0,"delta":{},"finish_reason":"length"}]}')).toBe('finish: length');
    expect(summarizeEvent('{"choices":[],"usage":{"prompt_tokens":1}}')).toBe('usage');
    expect(summarizeEvent('{"error":{"message":"overloaded"}}')).toBe('error');
    expect(summarizeEvent('{"id": "cut')).toBe('');
    expect(summarizeEvent('{"choices":[{"delta":{"content":[{"type":"thinking"}]}}]}')).toBe('');
  });
});
