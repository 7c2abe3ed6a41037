// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeExchange } from '../../../../decode/index';
import type { HandMadeExchange } from '../../../testing/formatExchanges';
import { handMadeDecoder } from '../../../testing/formatExchanges';
import { openDetailTab } from '../../../testing/openDetailTab';
import { bareChatExchange } from '../../../../testing/exchanges';
import { missingRequiredContent, schemaExchanges, wrongEnumToolCall } from '../../../testing/schemaExchanges';

afterEach(cleanup);

/** The wrong-enum call with a second issue on the same arguments, and the only-warning case (a schema that could not be read). */
const twoIssues: HandMadeExchange = {
  captured: { ...wrongEnumToolCall.captured, id: 'schema-two' },
  decoded: {
    ...wrongEnumToolCall.decoded,
    issues: [
      ...wrongEnumToolCall.decoded.issues,
      {
        severity: 'error',
        path: 'choices[0].message.tool_calls[1].function.arguments.city',
        message: 'must be at least 4 characters',
        schema: { target: { kind: 'tool_call', choice: 0, index: 1 }, at: ['city'], keyword: 'minLength' },
      },
    ],
  },
};
const unreadable: HandMadeExchange = {
  captured: { ...wrongEnumToolCall.captured, id: 'schema-unreadable' },
  decoded: {
    ...wrongEnumToolCall.decoded,
    conforms: true,
    issues: [
      {
        severity: 'warning',
        path: 'choices[0].message.tool_calls[1].function.arguments',
        message: 'the schema of get_weather could not be read, so the arguments were not checked',
        schema: { target: { kind: 'tool_call', choice: 0, index: 1 }, at: [], keyword: 'schema' },
      },
    ],
  },
};

/** Two structured answers (n = 2); the second lacks high_c. */
const twoChoicesCaptured = bareChatExchange({
  id: 'schema-two-choices',
  requestBody: JSON.stringify({ model: 'gpt-4o-mini', n: 2, messages: [{ role: 'user', content: 'Forecast?' }] }),
  body: JSON.stringify({
    id: 'chatcmpl-2',
    object: 'chat.completion',
    created: 1762156800,
    model: 'gpt-4o-mini',
    choices: [
      { index: 0, message: { role: 'assistant', content: '{"day":"Mon","high_c":18}' }, finish_reason: 'stop', logprobs: null },
      { index: 1, message: { role: 'assistant', content: '{"day":"Tue"}' }, finish_reason: 'stop', logprobs: null },
    ],
  }),
});
const twoChoicesDecoded = decodeExchange(twoChoicesCaptured);
if (twoChoicesDecoded === null) throw new Error('not a chat exchange');
const twoChoices: HandMadeExchange = {
  captured: twoChoicesCaptured,
  decoded: {
    ...twoChoicesDecoded,
    conforms: false,
    issues: [
      {
        severity: 'error',
        path: 'choices[1].message.content.high_c',
        message: 'required field "high_c" is missing',
        schema: { target: { kind: 'content', choice: 1 }, at: [], keyword: 'required' },
      },
    ],
  },
};

/** The same calls with no issue at all. */
const passing: HandMadeExchange = {
  captured: { ...wrongEnumToolCall.captured, id: 'schema-passing' },
  decoded: { ...wrongEnumToolCall.decoded, conforms: true, issues: [] },
};

const open = (exchange: HandMadeExchange) =>
  openDetailTab([exchange.captured], 'conversation', {
    decode: handMadeDecoder(decodeExchange, [...schemaExchanges, twoIssues, unreadable, passing, twoChoices]),
  });

describe('Conversation marks what fails the request’s schema', () => {
  it('marks the failing tool call, not the one that passes, with the issue in its tooltip', () => {
    open(wrongEnumToolCall);
    const [time, weather] = screen.getAllByTestId('conversation-tool-call') as [HTMLElement, HTMLElement];
    expect(within(time).queryByTestId('schema-mark')).toBeNull();
    const mark = within(weather).getByTestId('schema-mark');
    expect(mark.textContent).toBe("✕ Fails the request's schema");
    expect(mark.getAttribute('title')).toBe('must be one of celsius, fahrenheit; got "C"');
    expect(mark.getAttribute('aria-label')).toBe(
      'Fails the request\'s schema: must be one of celsius, fahrenheit; got "C". Show in Validation',
    );
    expect(mark.dataset['severity']).toBe('error');
  });

  it('says how many more issues the value has', () => {
    open(twoIssues);
    expect(screen.getByTestId('schema-mark').getAttribute('title')).toBe('must be one of celsius, fahrenheit; got "C" (and 1 more)');
  });

  it('marks a structured answer that lacks a required field', () => {
    open(missingRequiredContent);
    const answer = screen.getAllByTestId('conversation-turn').find((turn) => turn.dataset['source'] === 'response') as HTMLElement;
    const mark = within(answer).getByTestId('schema-mark');
    expect(mark.getAttribute('title')).toBe('required field "high_c" is missing');
    // The answer itself is still shown as sent until an issue is selected.
    expect(within(answer).getByTestId('conversation-content').textContent).toContain('"day":"Tue"');
  });

  it('says "not checked" when the only issue is a schema it could not read', () => {
    open(unreadable);
    const mark = screen.getByTestId('schema-mark');
    expect(mark.textContent).toBe("⚠ Not checked against the request's schema");
    expect(mark.dataset['severity']).toBe('warning');
  });

  it('opens the issue in Validation on a click, selected, with its spot', () => {
    open(twoIssues);
    fireEvent.click(screen.getByTestId('schema-mark'));
    expect(screen.getByTestId('detail-tab-validation').getAttribute('aria-selected')).toBe('true');
    const rows = within(screen.getByTestId('validation-schema-issues')).getAllByTestId('validation-issue');
    expect(rows.map((row) => row.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(screen.getByTestId('validation-schema-spot-note').textContent).toBe('Highlighted: unit in the arguments of get_weather.');
  });

  it('marks nothing in an exchange without schema issues', () => {
    open(passing);
    expect(screen.getAllByTestId('conversation-tool-call')).toHaveLength(2);
    expect(screen.queryByTestId('schema-mark')).toBeNull();
  });

  it('marks the failing choice of several, and opens that choice when Validation sends its spot', () => {
    open(twoChoices);
    expect(screen.queryByTestId('schema-mark')).toBeNull();
    fireEvent.click(screen.getAllByTestId('conversation-choice-tab')[1] as HTMLElement);
    expect(screen.getByTestId('schema-mark').getAttribute('title')).toBe('required field "high_c" is missing');
    fireEvent.click(screen.getByTestId('detail-tab-validation'));
    fireEvent.click(within(screen.getByTestId('validation-schema-issues')).getByTestId('validation-issue'));
    const tabs = screen.getAllByTestId('conversation-choice-tab');
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    // The issue is about the answer as a whole: the whole tree of {"day":"Tue"} is the spot.
    const spot = screen.getByTestId('json-tree-focus');
    expect(spot.textContent).toBe('day: "Tue"');
  });
});
