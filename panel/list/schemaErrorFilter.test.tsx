// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import { readFixture } from '../../testing/fixtureFiles';
import type { HandMadeExchange } from '../testing/formatExchanges';
import { handMadeDecoder } from '../testing/formatExchanges';
import { renderPanel } from '../testing/renderPanel';
import { missingRequiredContent, wrongEnumToolCall } from '../testing/schemaExchanges';

afterEach(cleanup);

/** A schema that could not be read: a warning against the request's schemas, no error. */
const unreadableSchema: HandMadeExchange = {
  captured: { ...wrongEnumToolCall.captured, id: 'schema-warning' },
  decoded: {
    ...wrongEnumToolCall.decoded,
    conforms: true,
    issues: [
      {
        severity: 'warning',
        path: 'choices[0].message.tool_calls[1].function.arguments',
        message: 'the schema of get_weather could not be read',
        schema: { target: { kind: 'tool_call', choice: 0, index: 1 }, at: [], keyword: 'schema' },
      },
    ],
  },
};

/** A schema error and a provider-contract error in one exchange. */
const bothKinds: HandMadeExchange = {
  captured: { ...wrongEnumToolCall.captured, id: 'schema-and-contract' },
  decoded: {
    ...wrongEnumToolCall.decoded,
    conforms: false,
    issues: [{ severity: 'error', path: 'object', message: 'wrong type or value' }, ...wrongEnumToolCall.decoded.issues],
  },
};

// tgi-chat-text-1.json: an error against the provider's contract (object "text_completion"), none against a schema.
const contractError = chatExchange({ id: 'contract-error', body: readFixture('tgi-chat-text-1.json') });
const clean = chatExchange({ id: 'clean', body: readFixture('openai-chat-text-1.json') });

const panel = () =>
  renderPanel(
    [wrongEnumToolCall.captured, missingRequiredContent.captured, unreadableSchema.captured, bothKinds.captured, contractError, clean],
    { decode: handMadeDecoder(decodeExchange, [wrongEnumToolCall, missingRequiredContent, unreadableSchema, bothKinds]) },
  );

/** The ids shown, in id order (the list sorts by start time, which is not what these tests are about). */
const shownIds = () =>
  screen
    .getAllByTestId('exchange-row')
    .map((row) => row.dataset['exchangeId'] ?? '')
    .sort();
const type = (text: string) => {
  fireEvent.input(screen.getByTestId('filter-input'), { target: { value: text } });
};
const issueCell = (id: string) => {
  const row = screen.getAllByTestId('exchange-row').find((candidate) => candidate.dataset['exchangeId'] === id);
  return within(row as HTMLElement).getByTestId('row-issues');
};

describe('is:schema-error', () => {
  it('shows only exchanges with an error against the request’s schemas', () => {
    panel();
    type('is:schema-error');
    expect(shownIds()).toEqual(['schema-and-contract', 'schema-enum', 'schema-required']);
  });

  it('negated, shows the rest: a schema warning, contract errors only, clean', () => {
    panel();
    type('-is:schema-error');
    expect(shownIds()).toEqual(['clean', 'contract-error', 'schema-warning']);
  });
});

describe('the list’s issue mark', () => {
  it('counts schema errors with the others and says how many are against the request’s schemas', () => {
    panel();
    const enumMark = issueCell('schema-enum');
    expect(enumMark.textContent).toBe('✕ 1');
    expect(enumMark.dataset['severity']).toBe('error');
    // Schema issues leave conforms alone: the provider kept its wire format.
    expect(enumMark.dataset['conforms']).toBe('true');
    expect(enumMark.getAttribute('title')).toBe("conforms to its format's contract; 1 error (1 against the request's schemas), 0 warnings");
    expect(issueCell('schema-and-contract').textContent).toBe('✕ 2');
    expect(issueCell('schema-and-contract').getAttribute('title')).toBe(
      "does not conform: 2 errors (1 against the request's schemas), 0 warnings",
    );
    // A schema warning is a warning like any other; nothing is said about schemas when no error is.
    expect(issueCell('schema-warning').textContent).toBe('⚠ 1');
    expect(issueCell('schema-warning').getAttribute('title')).toBe('conforms: 0 errors, 1 warning');
  });
});
