// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeExchange } from '../../../../decode/index';
import type { HandMadeExchange } from '../../../testing/formatExchanges';
import { handMadeDecoder } from '../../../testing/formatExchanges';
import { openDetailTab } from '../../../testing/openDetailTab';
import { missingRequiredContent, schemaExchanges, wrongEnumToolCall } from '../../../testing/schemaExchanges';

afterEach(cleanup);

/** The wrong-enum exchange with a provider-contract warning as well (a finish reason the contract does not list). */
const mixed: HandMadeExchange = {
  captured: { ...wrongEnumToolCall.captured, id: 'schema-mixed' },
  decoded: {
    ...wrongEnumToolCall.decoded,
    issues: [
      { severity: 'warning', path: 'choices[0].finish_reason', message: 'value the contract does not list', actual: 'string "tools"' },
      ...wrongEnumToolCall.decoded.issues,
    ],
  },
};

/** The same with only the provider-contract warning. */
const contractOnly: HandMadeExchange = {
  captured: { ...wrongEnumToolCall.captured, id: 'schema-contract-only' },
  decoded: { ...mixed.decoded, issues: mixed.decoded.issues.slice(0, 1) },
};

const open = (exchange: HandMadeExchange, tab: string) =>
  openDetailTab([exchange.captured], tab, { decode: handMadeDecoder(decodeExchange, [...schemaExchanges, mixed, contractOnly]) });

const rowsIn = (list: HTMLElement) =>
  within(list)
    .getAllByTestId('validation-issue')
    .map((row) => `${String(row.dataset['severity'])} ${within(row).getByTestId('validation-issue-path').textContent}`);

const selectedTab = () => screen.getAllByRole('tab', { selected: true }).find((tab) => tab.id.startsWith('detail-tab-'))?.id;

describe('Validation: issues against the request’s schemas', () => {
  it('lists them in their own group, apart from the provider-contract issues', () => {
    open(mixed, 'validation');
    expect(rowsIn(screen.getByTestId('validation-issues'))).toEqual(['warning choices[0].finish_reason']);
    const group = screen.getByTestId('validation-schema-group');
    expect(within(group).getByTestId('validation-schema-group-title').textContent).toBe("Against the request's schemas");
    expect(rowsIn(within(group).getByTestId('validation-schema-issues'))).toEqual([
      'error choices[0].message.tool_calls[1].function.arguments.unit',
    ]);
    expect(within(group).getByTestId('validation-issue-message').textContent).toBe('must be one of celsius, fahrenheit; got "C"');
    // The verdict counts the contract's issues, then the schemas' apart.
    expect(screen.getByTestId('validation-verdict').textContent).toBe(
      "Conforms to the chat-completion contract · 0 errors, 1 warning · 1 against the request's schemas",
    );
  });

  it('has no schema group when no issue carries schema facts', () => {
    open(contractOnly, 'validation');
    expect(rowsIn(screen.getByTestId('validation-issues'))).toEqual(['warning choices[0].finish_reason']);
    expect(screen.queryByTestId('validation-schema-group')).toBeNull();
  });

  it('opens Conversation on a click, with the wrong enum value highlighted in the call’s pretty-printed arguments', () => {
    open(wrongEnumToolCall, 'validation');
    fireEvent.click(within(screen.getByTestId('validation-schema-issues')).getByTestId('validation-issue'));
    expect(selectedTab()).toBe('detail-tab-conversation');
    const calls = screen.getAllByTestId('conversation-tool-call');
    // Only the failing call, get_weather (the second), shows the spot.
    expect(within(calls[0] as HTMLElement).queryByTestId('conversation-schema-spot')).toBeNull();
    const spot = within(calls[1] as HTMLElement).getByTestId('conversation-schema-spot');
    expect(within(spot).getByTestId('conversation-schema-spot-note').textContent).toBe(
      'Highlighted: unit in the arguments of get_weather.',
    );
    const focused = within(spot).getAllByTestId('json-tree-focus');
    expect(focused.map((line) => line.textContent)).toEqual(['unit: "C"']);
    expect(within(calls[1] as HTMLElement).getByTestId('conversation-schema-spot-issue').textContent).toContain(
      'must be one of celsius, fahrenheit; got "C"',
    );
  });

  it('highlights the object that lacks a required field in the structured content', () => {
    open(missingRequiredContent, 'validation');
    fireEvent.click(within(screen.getByTestId('validation-schema-issues')).getByTestId('validation-issue'));
    expect(selectedTab()).toBe('detail-tab-conversation');
    const spot = screen.getByTestId('conversation-schema-spot');
    const focused = within(spot).getByTestId('json-tree-focus');
    expect(focused.getAttribute('data-path')).toBe('days[1]');
    // {"day":"Tue"}: the second day, which has no high_c.
    expect(focused.textContent).toContain('1: {day}');
    // The answer is shown as the tree instead of as Markdown text.
    const answer = screen.getAllByTestId('conversation-turn').find((turn) => turn.dataset['source'] === 'response');
    expect(within(answer as HTMLElement).queryByTestId('conversation-content')).toBeNull();
  });

  it('goes back to the arguments as sent on "show as sent"', () => {
    open(wrongEnumToolCall, 'validation');
    fireEvent.click(within(screen.getByTestId('validation-schema-issues')).getByTestId('validation-issue'));
    fireEvent.click(screen.getByTestId('conversation-schema-spot-close'));
    expect(screen.queryByTestId('conversation-schema-spot')).toBeNull();
    expect(screen.getAllByTestId('conversation-tool-call-arguments')[1]?.textContent).toContain('"unit": "C"');
  });

  it('shows the spot in Validation when chosen with the keyboard, and sends it to Conversation on request', () => {
    open(wrongEnumToolCall, 'validation');
    fireEvent.keyDown(screen.getByTestId('validation-schema-issues'), { key: 'ArrowDown' });
    expect(selectedTab()).toBe('detail-tab-validation');
    expect(screen.getByTestId('validation-issue').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('validation-schema-spot-note').textContent).toBe('Highlighted: unit in the arguments of get_weather.');
    expect(within(screen.getByTestId('validation-schema-spot-tree')).getByTestId('json-tree-focus').textContent).toBe('unit: "C"');
    fireEvent.click(screen.getByTestId('validation-spot-conversation'));
    expect(selectedTab()).toBe('detail-tab-conversation');
    expect(screen.getByTestId('json-tree-focus').textContent).toBe('unit: "C"');
  });

  it('opens the selected schema issue in Conversation on Enter', () => {
    open(missingRequiredContent, 'validation');
    const list = screen.getByTestId('validation-schema-issues');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(selectedTab()).toBe('detail-tab-validation');
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(selectedTab()).toBe('detail-tab-conversation');
    expect(screen.getByTestId('json-tree-focus').getAttribute('data-path')).toBe('days[1]');
  });
});
