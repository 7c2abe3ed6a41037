// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chatExchange } from '../../../../testing/exchanges';
import { captureDownloads } from '../../../testing/captureDownloads';
import type { CapturedDownload } from '../../../testing/captureDownloads';
import { openDetailTab } from '../../../testing/openDetailTab';

/**
 * A body beyond the display limit (256 KiB = 262,144 characters): the Raw tab shows the first
 * 262,144 and says how many more there are; copy and export give every character.
 */
const LIMIT = 262_144;
// A gateway's 502 page of 400,000 characters (26 of markup, 13 × 30,766, 16 of padding): not JSON, so shown as text.
const page = `<html><body>${'Bad Gateway. '.repeat(30_766)}</body></html>`.padEnd(400_000, '!');
// A request whose one message is 300,000 characters long (a pasted document).
const pasted = 'lorem ipsum '.repeat(25_000);
const requestBody = JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: pasted }] });
const big = { ...chatExchange({ id: 'big', status: 502, body: page }), mimeType: 'text/html', requestBody };

let downloads: CapturedDownload[] = [];

beforeEach(() => {
  downloads = captureDownloads();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function exported(testid: 'export-har' | 'export-json'): Promise<unknown> {
  fireEvent.click(screen.getByTestId(testid));
  const text = await (downloads.at(-1)?.text ?? Promise.reject(new Error('nothing downloaded')));
  return JSON.parse(text);
}

describe('a body too long to show in full', () => {
  it('shows the first 262,144 characters of the response, says how many are hidden, and shows all on request', () => {
    expect(page).toHaveLength(400_000);
    const { panel } = openDetailTab([big], 'raw');
    const response = within(panel).getByTestId('raw-response-body');
    expect(within(response).getByTestId('raw-response-text').textContent).toBe(page.slice(0, LIMIT));
    // 400,000 − 262,144 = 137,856.
    expect(within(response).getByTestId('text-truncated-message').textContent).toBe(
      'Showing the first 262,144 of 400,000 characters; 137,856 hidden to keep the panel responsive. Copy and export give it all.',
    );
    fireEvent.click(within(response).getByTestId('text-show-all'));
    expect(within(response).getByTestId('raw-response-text').textContent).toBe(page);
    expect(within(response).queryByTestId('text-truncated')).toBeNull();
  });

  it('cuts a long string in the request tree the same way', () => {
    const { panel } = openDetailTab([big], 'raw');
    const line = within(panel).getByTestId('raw-request-tree').querySelector<HTMLElement>('[data-path="messages[0].content"]');
    if (line === null) throw new Error('no line for messages[0].content');
    // The value reads as JSON: 300,000 characters and two quotes, 300,002 in all.
    const notice = within(line).getByTestId('text-truncated');
    expect(notice.dataset.hidden).toBe(String(300_002 - LIMIT));
    expect(line.textContent.startsWith(`content: "${pasted.slice(0, LIMIT - 1)}Showing the first 262,144 of 300,002 characters`)).toBe(
      true,
    );
    fireEvent.click(within(line).getByTestId('text-show-all'));
    expect(line.textContent).toBe(`content: ${JSON.stringify(pasted)}`);
  });

  it('copies the whole body while it is cut on screen', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    openDetailTab([big], 'raw');
    expect(screen.getByTestId('raw-response-text').textContent).toHaveLength(LIMIT);
    fireEvent.click(screen.getByRole('button', { name: 'Copy response body' }));
    await waitFor(() => {
      expect(writeText).toHaveBeenLastCalledWith(page);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy request body' }));
    await waitFor(() => {
      expect(writeText).toHaveBeenLastCalledWith(requestBody);
    });
  });

  it('exports both bodies whole, as JSON and as HAR, while they are cut on screen', async () => {
    openDetailTab([big], 'raw');
    expect(screen.getByTestId('raw-response-text').textContent).toHaveLength(LIMIT);
    expect(await exported('export-json')).toMatchObject({ exchanges: [{ captured: { id: 'big', body: page, requestBody } }] });
    expect(await exported('export-har')).toMatchObject({
      log: { entries: [{ request: { postData: { text: requestBody } }, response: { content: { text: page } } }] },
    });
  });

  it('shows a body at the limit whole, with no notice', () => {
    const exact = { ...big, body: 'x'.repeat(LIMIT) };
    const { panel } = openDetailTab([exact], 'raw');
    expect(within(panel).getByTestId('raw-response-text').textContent).toHaveLength(LIMIT);
    expect(within(within(panel).getByTestId('raw-response-body')).queryByTestId('text-truncated')).toBeNull();
  });
});
