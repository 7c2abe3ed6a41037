// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chatExchange } from '../../../../testing/exchanges';
import { decodedTabProps } from '../../../testing/decodedTabProps';
import { renderInPanel } from '../../../testing/renderInPanel';
import { readFixture } from '../../../../testing/fixtureFiles';
import { ValidationTab } from './ValidationTab';

afterEach(cleanup);

const jsonProps = (fixture: string) => decodedTabProps(chatExchange({ id: fixture, body: readFixture(fixture) }));
const streamProps = (fixture: string) => decodedTabProps(chatExchange({ id: fixture, stream: true, body: readFixture(fixture) }));

const issueRows = () =>
  screen.getAllByTestId('validation-issue').map((row) => ({
    severity: within(row).getByTestId('validation-issue-severity').textContent,
    path: within(row).getByTestId('validation-issue-path').textContent,
    message: within(row).getByTestId('validation-issue-message').textContent,
    expected: within(row).queryByTestId('validation-issue-expected')?.textContent,
    actual: within(row).queryByTestId('validation-issue-actual')?.textContent,
  }));

function selectIssue(position: number): void {
  const row = screen.getAllByTestId('validation-issue')[position];
  if (row === undefined) throw new Error(`no issue ${position}`);
  fireEvent.click(row);
}

describe('ValidationTab', () => {
  it('says a conforming response conforms and lists nothing', () => {
    renderInPanel(<ValidationTab {...jsonProps('openai-chat-text-1.json')} />);
    expect(screen.getByTestId('validation-verdict').textContent).toBe('Conforms to the chat-completion contract · 0 errors, 0 warnings');
    expect(screen.queryByTestId('validation-issue')).toBeNull();
  });

  it('lists every issue of a non-conforming response with severity, path, message, expected and actual', () => {
    // tgi-chat-text-1.json: object "text_completion" instead of "chat.completion"; finish_reason "eos_token".
    renderInPanel(<ValidationTab {...jsonProps('tgi-chat-text-1.json')} />);
    const verdict = screen.getByTestId('validation-verdict');
    expect(verdict.dataset['conforms']).toBe('false');
    expect(verdict.textContent).toBe('Does not conform to the chat-completion contract · 1 error, 1 warning');
    expect(issueRows()).toEqual([
      {
        severity: 'error',
        path: 'object',
        message: 'wrong type or value',
        expected: '"chat.completion"',
        actual: 'string "text_completion"',
      },
      {
        severity: 'warning',
        path: 'choices[0].finish_reason',
        message: 'value the contract does not list',
        expected: 'one of stop, length, tool_calls, content_filter, function_call',
        actual: 'string "eos_token"',
      },
    ]);
    expect(screen.getByTestId('validation-spot-hint').textContent).toBe('Select an issue to see where it is in the body.');
  });

  it('highlights the selected issue’s value in the JSON body', () => {
    renderInPanel(<ValidationTab {...jsonProps('tgi-chat-text-1.json')} />);
    selectIssue(1);
    expect(screen.getAllByTestId('validation-issue')[1]?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('validation-spot-note').textContent).toBe('Highlighted: choices[0].finish_reason in the response body.');
    const focused = within(screen.getByTestId('validation-spot-tree')).getAllByTestId('json-tree-focus');
    expect(focused.map((line) => line.textContent)).toEqual(['finish_reason: "eos_token"']);
    // Another issue moves the highlight.
    selectIssue(0);
    expect(screen.getByTestId('json-tree-focus').textContent).toBe('object: "text_completion"');
  });

  it('highlights the nearest part of the body when the field is missing', () => {
    // mistral-chat-toolcall-2.json: the tool call has only id and function, no type.
    renderInPanel(<ValidationTab {...jsonProps('mistral-chat-toolcall-2.json')} />);
    expect(issueRows()[0]).toMatchObject({ path: 'choices[0].message.tool_calls[0].type', message: 'missing required field' });
    selectIssue(0);
    expect(screen.getByTestId('validation-spot-note').textContent).toBe(
      'choices[0].message.tool_calls[0].type is not in the response body; the nearest part that is, choices[0].message.tool_calls[0], is highlighted.',
    );
    expect(screen.getByTestId('json-tree-focus').getAttribute('data-path')).toBe('choices[0].message.tool_calls[0]');
    expect(screen.getByTestId('json-tree-focus').textContent).toContain('0: {id, function}');
  });

  it('shows the stream event an issue occurred in, with the value highlighted', () => {
    // mistral-stream-text-2.sse: from event 1 on, every delta carries role: null.
    renderInPanel(<ValidationTab {...streamProps('mistral-stream-text-2.sse')} />);
    expect(issueRows()[0]).toMatchObject({ severity: 'error', path: 'events[1].choices[0].delta.role', actual: 'null' });
    fireEvent.keyDown(screen.getByTestId('validation-issues'), { key: 'ArrowDown' });
    expect(screen.getByTestId('validation-spot-note').textContent).toBe('Highlighted: choices[0].delta.role in event #1.');
    const event = screen.getByTestId('stream-event-detail');
    expect(event.dataset['index']).toBe('1');
    expect(within(event).getByTestId('json-tree-focus').textContent).toBe('role: null');
    expect(within(event).getByTestId('stream-event-tree').querySelector('[data-path="choices[0].delta.content"]')?.textContent).toBe(
      'content: "It"',
    );
  });

  it('says when an issue has no single spot in a stream', () => {
    // tgi-stream-logprobs-1.sse: no [DONE] at the end; the issue is about the whole stream.
    renderInPanel(<ValidationTab {...streamProps('tgi-stream-logprobs-1.sse')} />);
    const rows = issueRows();
    const endIssue = rows.findIndex((row) => row.path === 'events');
    expect(rows[endIssue]).toMatchObject({
      message: 'the stream ended without [DONE] (cut or truncated)',
      expected: 'data: [DONE]',
      actual: 'end of body',
    });
    selectIssue(endIssue);
    expect(screen.getByTestId('validation-spot-note').textContent).toBe(
      'The issue is about the stream as a whole, not about one event. Nothing is highlighted.',
    );
    expect(screen.queryByTestId('json-tree-focus')).toBeNull();

    // The missing bytes of the first logprob: the logprob entry itself is highlighted in event 0.
    selectIssue(rows.findIndex((row) => row.path === 'events[0].choices[0].logprobs.content[0].bytes'));
    expect(screen.getByTestId('stream-event-detail').dataset['index']).toBe('0');
    expect(screen.getByTestId('json-tree-focus').getAttribute('data-path')).toBe('choices[0].logprobs.content[0]');
  });

  it('says so when the issue is about the reassembled completion, not one event', () => {
    // together-stream-double-finish-1.sse: the choice finished with tool_calls, then with stop.
    renderInPanel(<ValidationTab {...streamProps('together-stream-double-finish-1.sse')} />);
    expect(issueRows()[0]).toMatchObject({ severity: 'warning', path: 'choices[0].finish_reason' });
    selectIssue(0);
    expect(screen.getByTestId('validation-spot-note').textContent).toBe(
      'The path names a field of the completion reassembled from the events; no single event holds it. Nothing is highlighted.',
    );
  });

  it('shows a body that is not JSON as text when an issue points at it', () => {
    renderInPanel(<ValidationTab {...decodedTabProps(chatExchange({ id: 'html', status: 502, body: '<html>502 Bad Gateway</html>' }))} />);
    selectIssue(0);
    expect(screen.getByTestId('validation-spot-note').textContent).toBe('The body is not JSON; here it is as received.');
    expect(screen.getByTestId('validation-spot-text').textContent).toBe('<html>502 Bad Gateway</html>');
  });
});
