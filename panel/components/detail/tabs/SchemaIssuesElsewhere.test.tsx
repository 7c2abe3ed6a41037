// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeExchange } from '../../../../decode/index';
import { bareChatExchange } from '../../../../testing/exchanges';
import type { HandMadeExchange } from '../../../testing/formatExchanges';
import { handMadeDecoder } from '../../../testing/formatExchanges';
import { openDetailTab } from '../../../testing/openDetailTab';
import { wrongEnumToolCall } from '../../../testing/schemaExchanges';

/**
 * Issue 15's findings where Validation is not: the Response tab's issue list groups them as
 * Validation does, and a legacy `function_call` (answering `functions`) is marked in Conversation
 * like a tool call.
 */

afterEach(cleanup);

/** The wrong-enum call with a provider-contract warning as well (a finish reason the contract does not list). */
const mixed: HandMadeExchange = {
  captured: { ...wrongEnumToolCall.captured, id: 'schema-mixed-response' },
  decoded: {
    ...wrongEnumToolCall.decoded,
    issues: [
      { severity: 'warning', path: 'choices[0].finish_reason', message: 'value the contract does not list', actual: 'string "tools"' },
      ...wrongEnumToolCall.decoded.issues,
    ],
  },
};

const linesIn = (section: HTMLElement) =>
  within(section)
    .getAllByTestId('detail-issue')
    .map((line) => line.textContent);

describe('Response tab: issues against the request’s schemas are listed apart, as in Validation', () => {
  it('the contract’s issues under "Contract issues", the schemas’ under their own title', () => {
    const { panel } = openDetailTab([mixed.captured], 'response', { decode: handMadeDecoder(decodeExchange, [mixed]) });
    const contract = within(panel).getByTestId('detail-issues');
    expect(within(contract).getByRole('heading').textContent).toBe('Contract issues (1)');
    expect(linesIn(contract)).toEqual(['warningchoices[0].finish_reasonvalue the contract does not listgot string "tools"']);
    const schema = within(panel).getByTestId('detail-schema-issues');
    expect(within(schema).getByRole('heading').textContent).toBe("Against the request's schemas (1)");
    expect(linesIn(schema)).toEqual([
      'errorchoices[0].message.tool_calls[1].function.arguments.unitmust be one of celsius, fahrenheit; got "C"',
    ]);
  });

  it('only schema issues: no "Contract issues" section claiming the provider broke its contract', () => {
    const { panel } = openDetailTab([wrongEnumToolCall.captured], 'response', {
      decode: handMadeDecoder(decodeExchange, [wrongEnumToolCall]),
    });
    expect(within(panel).queryByTestId('detail-issues')).toBeNull();
    expect(within(within(panel).getByTestId('detail-schema-issues')).getByRole('heading').textContent).toBe(
      "Against the request's schemas (1)",
    );
  });
});

/** A request offering the legacy `functions`, answered by a `function_call` whose unit breaks the enum (decode/ finds it). */
const legacyCall = bareChatExchange({
  id: 'legacy-function-call',
  requestBody: JSON.stringify({
    model: 'gpt-3.5-turbo-0613',
    messages: [{ role: 'user', content: 'Weather in Paris?' }],
    functions: [
      {
        name: 'get_weather',
        parameters: {
          type: 'object',
          properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
          required: ['city', 'unit'],
        },
      },
    ],
  }),
  body: JSON.stringify({
    id: 'chatcmpl-legacy',
    object: 'chat.completion',
    created: 1762156800,
    model: 'gpt-3.5-turbo-0613',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: null, function_call: { name: 'get_weather', arguments: '{"city":"Paris","unit":"C"}' } },
        finish_reason: 'function_call',
        logprobs: null,
      },
    ],
  }),
});

describe('Conversation: a legacy function_call held to the functions offered', () => {
  it('is marked, and selecting its issue in Validation highlights unit inside its arguments', () => {
    const { panel } = openDetailTab([legacyCall], 'conversation');
    const call = within(panel).getByTestId('conversation-tool-call');
    expect(within(call).getByTestId('conversation-tool-call-name').textContent).toBe('get_weather');
    const mark = within(call).getByTestId('schema-mark');
    expect(mark.textContent).toBe("✕ Fails the request's schema");
    expect(mark.getAttribute('title')).toContain('must be one of celsius, fahrenheit; got "C"');

    fireEvent.click(screen.getByTestId('detail-tab-validation'));
    const issue = within(screen.getByTestId('validation-schema-issues')).getByTestId('validation-issue');
    expect(within(issue).getByTestId('validation-issue-path').textContent).toBe('choices[0].message.function_call.arguments.unit');
    fireEvent.click(issue);
    const conversation = screen.getByTestId('detail-tabpanel-conversation');
    expect(within(conversation).getByTestId('conversation-schema-spot-note').textContent).toBe(
      'Highlighted: unit in the arguments of get_weather.',
    );
    expect(
      within(conversation)
        .getAllByTestId('json-tree-focus')
        .map((node) => node.textContent),
    ).toEqual(['unit: "C"']);
  });
});
