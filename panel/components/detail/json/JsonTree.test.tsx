// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readFixture } from '../../../../testing/fixtureFiles';
import { JsonTree } from './JsonTree';
import type { JsonNode } from './jsonNode';
import { parseJsonNode } from './jsonNode';

afterEach(cleanup);

function parsed(text: string): JsonNode {
  const node = parseJsonNode(text);
  if (node === null) throw new Error('not JSON');
  return node;
}

const line = (path: string): HTMLElement => {
  const found = document.querySelector<HTMLElement>(`[data-path="${path}"]`);
  if (found === null) throw new Error(`no line for ${path}`);
  return found;
};
const hasLine = (path: string): boolean => document.querySelector(`[data-path="${path}"]`) !== null;

describe('JsonTree', () => {
  // openai-chat-parallel-tools-1.json: choices[0].message.tool_calls holds two calls, each with a function.
  const body = parsed(readFixture('openai-chat-parallel-tools-1.json'));

  it('opens two levels and leaves deeper containers collapsed and unrendered', () => {
    render(<JsonTree root={body} label="response body" />);
    expect(line('id').textContent).toBe('id: "chatcmpl-ABfvyvfNWKcl7Ohqos4UFrmMs1v4C"');
    expect(line('choices[0].finish_reason').textContent).toBe('finish_reason: "tool_calls"');
    expect(line('choices[0].message').textContent).toContain('message: {role, content, tool_calls, refusal}');
    // message is at depth 3: collapsed, so its members are not in the DOM at all.
    expect(hasLine('choices[0].message.role')).toBe(false);
    expect(hasLine('choices[0].message.tool_calls[1].function.name')).toBe(false);
  });

  it('renders nested arrays as the user opens them', () => {
    render(<JsonTree root={body} label="response body" />);
    fireEvent.click(screen.getByRole('button', { name: 'Expand choices[0].message' }));
    expect(line('choices[0].message.content').textContent).toBe('content: null');
    expect(line('choices[0].message.tool_calls').textContent).toContain('tool_calls: Array(2)');
    fireEvent.click(screen.getByRole('button', { name: 'Expand choices[0].message.tool_calls' }));
    fireEvent.click(screen.getByRole('button', { name: 'Expand choices[0].message.tool_calls[1]' }));
    fireEvent.click(screen.getByRole('button', { name: 'Expand choices[0].message.tool_calls[1].function' }));
    expect(line('choices[0].message.tool_calls[1].function.name').textContent).toBe('name: "get_stock_price"');
    expect(line('choices[0].message.tool_calls[1].function.arguments').textContent).toBe(
      'arguments: "{\\"ticker\\": \\"AAPL\\", \\"exchange\\": \\"NASDAQ\\"}"',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Collapse choices[0].message' }));
    expect(hasLine('choices[0].message.tool_calls')).toBe(false);
  });

  it('opens the way to a focused path and marks that one line', () => {
    render(<JsonTree root={body} label="response body" focus={['choices', 0, 'message', 'tool_calls', 0, 'id']} />);
    const focused = screen.getAllByTestId('json-tree-focus');
    expect(focused).toHaveLength(1);
    expect(focused[0]?.textContent).toBe('id: "call_fdNz3vOBKYgOIpMdWotB9MjY"');
    // Siblings off the path stay as they were: the second call is collapsed.
    expect(hasLine('choices[0].message.tool_calls[1].id')).toBe(false);
  });

  it('shows a long array in groups of 100 that render only when opened', () => {
    const numbers = Array.from({ length: 250 }, (_, i) => i * 2);
    render(<JsonTree root={parsed(JSON.stringify({ tokens: numbers }))} label="body" />);
    const groups = within(line('tokens').parentElement ?? document.body).getAllByRole('button', { name: /^Expand members/ });
    expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual([
      'Expand members 0 to 99',
      'Expand members 100 to 199',
      'Expand members 200 to 249',
    ]);
    expect(hasLine('tokens[150]')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Expand members 100 to 199' }));
    expect(line('tokens[150]').textContent).toBe('150: 300');
    expect(hasLine('tokens[50]')).toBe(false);
  });

  it('opens the group that holds a focused index', () => {
    const numbers = Array.from({ length: 250 }, (_, i) => i);
    render(<JsonTree root={parsed(JSON.stringify(numbers))} label="body" focus={[230]} />);
    expect(screen.getByTestId('json-tree-focus').textContent).toBe('230: 230');
    expect(hasLine('[10]')).toBe(false);
  });

  it('renders strings holding markup as text', () => {
    render(<JsonTree root={parsed('{"content": "<img src=x onerror=alert(1)>"}')} label="body" />);
    expect(document.querySelector('img')).toBeNull();
    expect(line('content').textContent).toBe('content: "<img src=x onerror=alert(1)>"');
  });
});
