// @vitest-environment happy-dom
import { cleanup, fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { bareChatExchange } from '../../../../testing/exchanges';
import { readFormatFixture } from '../../../../testing/fixtureFiles';
import { openDetailTab } from '../../../testing/openDetailTab';

afterEach(cleanup);

/**
 * Gemini sends no call ids before Gemini 3 (and a Gemini 3 response's calls have none either):
 * a functionResponse is paired with its call by the function's name. The panel says so on both
 * sides instead of showing the name as an id on one side and "no id" on the other.
 */
const request = {
  contents: [
    { role: 'user', parts: [{ text: 'Weather in San Francisco?' }] },
    { role: 'model', parts: [{ functionCall: { name: 'weather', args: { location: 'San Francisco' } } }] },
    { role: 'user', parts: [{ functionResponse: { name: 'weather', response: { temp_f: 61 } } }] },
  ],
};

const geminiExchange = bareChatExchange({
  id: 'gemini-no-ids',
  url: 'https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-preview:generateContent',
  requestHeaders: [{ name: 'content-type', value: 'application/json' }],
  requestBody: JSON.stringify(request),
  // Its one part: functionCall {name: "weather", args: {location: "San Francisco"}}, no id.
  body: readFormatFixture('gemini', 'gemini-json-toolcall-1.json'),
});

const turnsOf = (panel: HTMLElement) => within(panel).getAllByTestId('conversation-turn');

describe('Conversation: Gemini calls sent without an id', () => {
  it('says "no id" on both sides, links the result to its call by name and says it is linked by name', () => {
    const { panel } = openDetailTab([geminiExchange], 'conversation');
    const [, modelTurn, resultTurn, answer] = turnsOf(panel);
    if (modelTurn === undefined || resultTurn === undefined || answer === undefined) throw new Error('four turns');
    // The request's call: no id, answered by name (not the name shown as if it were an id).
    expect(within(modelTurn).getByTestId('conversation-tool-call-id').textContent).toBe('no id: linked by name');
    // The result: no tool_call_id shown, the name it is linked by instead.
    expect(within(resultTurn).queryByTestId('conversation-tool-result-id')).toBeNull();
    expect(within(resultTurn).getByTestId('conversation-tool-result-by-name').textContent).toBe('no id: linked by name weather');
    fireEvent.click(within(resultTurn).getByTestId('conversation-tool-result-link'));
    expect(within(modelTurn).getByTestId('conversation-tool-call').dataset.highlighted).toBe('true');
    // The response's call: no id either, as Gemini sent it.
    expect(answer.dataset.source).toBe('response');
    expect(within(answer).getByTestId('conversation-tool-call-name').textContent).toBe('weather');
    expect(within(answer).getByTestId('conversation-tool-call-id').textContent).toBe('no id');
  });

  it('a result naming a tool no id-less call had is said to match nothing', () => {
    const orphan = { contents: [{ role: 'user', parts: [{ functionResponse: { name: 'weather', response: {} } }] }] };
    const { panel } = openDetailTab([{ ...geminiExchange, id: 'orphan', requestBody: JSON.stringify(orphan) }], 'conversation');
    const [resultTurn] = turnsOf(panel);
    if (resultTurn === undefined) throw new Error('a turn');
    expect(within(resultTurn).getByTestId('conversation-tool-result-unmatched').textContent).toBe(
      'no earlier tool call without an id has this name',
    );
  });
});
