import { describe, expect, it } from 'vitest';
import type { RequestMessage } from '../../decode/index';
import { linkToolResults } from './toolCallLinks';

const call = (id: string, name: string) => ({ id, type: 'function', function: { name, arguments: '{}' } });

describe('linkToolResults', () => {
  it('links each tool result to the call with its tool_call_id, and each call to its results', () => {
    const messages: RequestMessage[] = [
      { role: 'user', content: 'Weather in Paris and Rome?' },
      { role: 'assistant', content: null, tool_calls: [call('call_a', 'weather'), call('call_b', 'weather')] },
      { role: 'tool', content: '18°C', tool_call_id: 'call_b' },
      { role: 'tool', content: '21°C', tool_call_id: 'call_a' },
      { role: 'tool', content: '??', tool_call_id: 'call_zzz' },
    ];
    const links = linkToolResults(messages);
    expect([...links.answers.entries()]).toEqual([
      [2, '1.1'],
      [3, '1.0'],
      [4, null],
    ]);
    expect([...links.answeredBy.entries()]).toEqual([
      ['1.1', [2]],
      ['1.0', [3]],
    ]);
  });

  it('takes the latest earlier call when an id is reused, and never a later one', () => {
    const messages: RequestMessage[] = [
      { role: 'tool', content: 'too early', tool_call_id: 'abc123xyz' },
      { role: 'assistant', content: null, tool_calls: [call('abc123xyz', 'first')] },
      { role: 'tool', content: 'one', tool_call_id: 'abc123xyz' },
      { role: 'assistant', content: null, tool_calls: [call('abc123xyz', 'second')] },
      { role: 'tool', content: 'two', tool_call_id: 'abc123xyz' },
    ];
    expect([...linkToolResults(messages).answers.entries()]).toEqual([
      [0, null],
      [2, '1.0'],
      [4, '3.0'],
    ]);
  });

  it('links a result that sent no id to the latest earlier call of its name that had no id (Gemini, Ollama before 0.12)', () => {
    const messages: RequestMessage[] = [
      { role: 'model', content: null, tool_calls: [call('', 'get_weather'), call('call-2', 'get_time')] },
      { role: 'tool', content: '{"temp_c":21}', name: 'get_weather' },
      // A call with an id is answered by its id only, never by name.
      { role: 'tool', content: '{"time":"10:22"}', name: 'get_time' },
      { role: 'model', content: null, tool_calls: [call('', 'get_weather')] },
      { role: 'tool', content: '{"temp_c":19}', name: 'get_weather' },
      // Neither an id nor a name: not a result the panel can place.
      { role: 'tool', content: 'orphan' },
    ];
    const links = linkToolResults(messages);
    expect([...links.answers.entries()]).toEqual([
      [1, '0.0'],
      [2, null],
      [4, '3.0'],
    ]);
    expect([...links.answeredBy.entries()]).toEqual([
      ['0.0', [1]],
      ['3.0', [4]],
    ]);
  });
});
