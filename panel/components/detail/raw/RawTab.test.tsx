// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatExchange } from '../../../../testing/exchanges';
import { decodedTabProps } from '../../../testing/decodedTabProps';
import { readFixture } from '../../../../testing/fixtureFiles';
import { BODY_API_KEY, secretExchange } from '../../../testing/secretExchange';
import { RawTab } from './RawTab';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const lineText = (root: HTMLElement, path: string) => root.querySelector(`[data-path="${path}"]`)?.textContent;

describe('RawTab', () => {
  it('shows the request and the JSON response as trees', () => {
    render(<RawTab {...decodedTabProps(chatExchange({ id: 't', body: readFixture('openai-chat-parallel-tools-1.json') }))} />);
    // The builder's request: model gpt-4o-2024-08-06 and one user message.
    const request = screen.getByTestId('raw-request-tree');
    expect(lineText(request, 'model')).toBe('model: "gpt-4o-2024-08-06"');
    expect(lineText(request, 'messages[0].content')).toBe('content: "What\'s the weather like in San Francisco?"');
    // openai-chat-parallel-tools-1.json
    const response = screen.getByTestId('raw-response-tree');
    expect(lineText(response, 'choices[0].finish_reason')).toBe('finish_reason: "tool_calls"');
    expect(lineText(response, 'usage.total_tokens')).toBe('total_tokens: 209');
    expect(screen.getByTestId('raw-response-body').textContent).toContain('application/json, 811 characters');
  });

  it('lists a stream’s events', () => {
    render(<RawTab {...decodedTabProps(chatExchange({ id: 's', stream: true, body: readFixture('openai-stream-text-1.sse') }))} />);
    const events = within(screen.getByTestId('raw-response-events'));
    // openai-stream-text-1.sse: 34 events, [DONE] included.
    expect(events.getByTestId('stream-event-list').getAttribute('data-count')).toBe('34');
    expect(
      events
        .getAllByTestId('stream-event-summary')
        .slice(1, 3)
        .map((cell) => cell.textContent),
    ).toEqual(['"I\'m"', '" unable"']);
  });

  it('shows a body that is not JSON as text, and says when there is no body', () => {
    const { unmount } = render(
      <RawTab {...decodedTabProps(chatExchange({ id: 'h', status: 502, body: '<html><body>502 Bad Gateway</body></html>' }))} />,
    );
    expect(screen.getByTestId('raw-response-text').textContent).toBe('<html><body>502 Bad Gateway</body></html>');
    expect(document.querySelector('body body')).toBeNull();
    unmount();
    render(
      <RawTab {...decodedTabProps(chatExchange({ id: 'n', body: null, bodyUnavailableReason: 'evicted from the inspector cache' }))} />,
    );
    expect(screen.getByTestId('raw-response-unavailable').textContent).toBe('The browser gave no body: evicted from the inspector cache');
    expect(screen.queryByTestId('copy-raw-response-body')).toBeNull();
  });

  it('copies each body exactly as received and confirms it', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const body = readFixture('tgi-chat-text-1.json');
    const props = decodedTabProps(chatExchange({ id: 'c', body }));
    render(<RawTab {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy response body' }));
    await waitFor(() => {
      expect(screen.getByTestId('copy-raw-response-body-status').textContent).toBe('Copied');
    });
    // The fixture's own indentation and line breaks, not a re-serialization.
    expect(writeText).toHaveBeenLastCalledWith(body);
    fireEvent.click(screen.getByRole('button', { name: 'Copy request body' }));
    await waitFor(() => {
      expect(writeText).toHaveBeenLastCalledWith(props.captured.requestBody);
    });
  });

  it('says so when the browser refuses the copy', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<RawTab {...decodedTabProps(chatExchange({ id: 'c', body: readFixture('tgi-chat-text-1.json') }))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy response body' }));
    await waitFor(() => {
      expect(screen.getByTestId('copy-raw-response-body-status').textContent).toBe('Copy failed: the browser refused the clipboard');
    });
  });

  it('shows a secret field of the request masked with its own reveal, and copies the body with it masked', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const captured = { ...secretExchange({ id: 'k', body: readFixture('openai-chat-text-1.json') }) };
    const withNearMisses = {
      ...captured,
      requestBody: captured.requestBody?.replace('{', '{"max_tokens":100,"keywords":"abcdefghijklmnopqrst",') ?? null,
    };
    render(<RawTab {...decodedTabProps(withNearMisses)} />);
    const request = screen.getByTestId('raw-request-tree');
    expect(lineText(request, 'api_key')).toBe('api_key: "sk-…BODY"reveal');
    expect(request.textContent).not.toContain(BODY_API_KEY);
    expect(lineText(request, 'max_tokens')).toBe('max_tokens: 100');
    expect(lineText(request, 'keywords')).toBe('keywords: "abcdefghijklmnopqrst"');
    expect(lineText(request, 'messages[0].content')).toBe('content: "What\'s the weather like in San Francisco?"');

    fireEvent.click(within(request).getByRole('button', { name: 'Reveal api_key' }));
    expect(lineText(request, 'api_key')).toBe(`api_key: "${BODY_API_KEY}"hide`);

    fireEvent.click(screen.getByRole('button', { name: 'Copy request body' }));
    await waitFor(() => {
      expect(writeText).toHaveBeenCalled();
    });
    expect(writeText).toHaveBeenLastCalledWith(
      `{"max_tokens":100,"keywords":"abcdefghijklmnopqrst","model":"gpt-4o-2024-08-06","api_key":"sk-…BODY","messages":[{"role":"user","content":"What's the weather like in San Francisco?"}]}`,
    );
  });

  it('masks the secret fields of a form-encoded request body until revealed', () => {
    const body = 'grant_type=client_credentials&client_id=app&client_secret=cs_0123456789abcdefWXYZ';
    const captured = chatExchange({ id: 'f', body: readFixture('openai-chat-text-1.json') });
    render(
      <RawTab
        {...decodedTabProps({
          ...captured,
          requestHeaders: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
          requestBody: body,
        })}
      />,
    );
    expect(screen.getByTestId('raw-request-text').textContent).toBe('grant_type=client_credentials&client_id=app&client_secret=…WXYZ');
    fireEvent.click(screen.getByRole('button', { name: 'Reveal Request body' }));
    expect(screen.getByTestId('raw-request-text').textContent).toBe(body);
  });
});
