// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportHar } from '../../transfer/exportHar';
import { chatExchange, nonChatExchange } from '../../../testing/exchanges';
import { captureDownloads } from '../../testing/captureDownloads';
import type { CapturedDownload } from '../../testing/captureDownloads';
import { readFixture } from '../../../testing/fixtureFiles';
import { renderPanel } from '../../testing/renderPanel';

let downloads: CapturedDownload[] = [];

beforeEach(() => {
  downloads = captureDownloads();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const json = chatExchange({ id: 'live-1', body: readFixture('openai-chat-text-1.json') });
const stream = chatExchange({
  id: 'live-2',
  stream: true,
  body: readFixture('openai-stream-text-1.sse'),
  startedAt: Date.UTC(2024, 8, 26, 10, 23, 0),
});
const harText = exportHar([json, nonChatExchange('page'), stream], { includeSecrets: false }, '0.1.0');

function chooseFile(name: string, text: string) {
  const input = screen.getByTestId<HTMLInputElement>('import-har-input');
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  fireEvent.change(input);
}

/**
 * A drag event carrying files. Built by hand: happy-dom has no DataTransfer, and fireEvent's drag
 * helpers did not reach document listeners there.
 */
function dragEvent(type: string, file: File): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file], dropEffect: 'none' } });
  return event;
}

async function dropFile(name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  await act(() => {
    document.body.dispatchEvent(dragEvent('dragenter', file));
  });
  expect(screen.getByTestId('har-drop-overlay').textContent).toBe('Drop a HAR file to add its LLM requests');
  const over = dragEvent('dragover', file);
  document.body.dispatchEvent(over);
  // dragover must be cancelled, or the browser refuses the drop.
  expect(over.defaultPrevented).toBe(true);
  const drop = dragEvent('drop', file);
  await act(() => {
    document.body.dispatchEvent(drop);
  });
  // drop must be cancelled, or the panel page navigates to the file.
  expect(drop.defaultPrevented).toBe(true);
}

function rowSources(): (string | null)[] {
  return screen.getAllByTestId('exchange-row').map((row) => row.getAttribute('data-source'));
}

describe('import', () => {
  it('adds the chat entries of a chosen HAR file, marked imported in the row and the detail', async () => {
    const { store } = renderPanel([]);
    chooseFile('session.har', harText);
    await waitFor(() => {
      expect(screen.getAllByTestId('exchange-row')).toHaveLength(2);
    });
    expect(rowSources()).toEqual(['imported', 'imported']);
    expect(screen.getAllByTestId('row-model').map((cell) => cell.textContent)).toEqual(['gpt-4o-2024-08-06', 'gpt-4o-2024-08-06']);
    expect(screen.getByTestId('transfer-notice').textContent).toContain('Imported 2 LLM requests from session.har (1 other entry skipped)');
    await act(() => {
      store.actions.select('import-1-har-2');
    });
    expect(screen.getByTestId('detail-imported').textContent).toBe('imported');
    expect(screen.getByTestId('detail-kind').textContent).toBe('stream');
  });

  it('adds a dropped HAR file beside the live rows', async () => {
    renderPanel([json]);
    await dropFile('dropped.har', harText);
    await waitFor(() => {
      expect(screen.getAllByTestId('exchange-row')).toHaveLength(3);
    });
    expect(rowSources()).toEqual(['live', 'imported', 'imported']);
    expect(screen.queryByTestId('har-drop-overlay')).toBeNull();
  });

  it('explains a file that is not a HAR and keeps the list', async () => {
    renderPanel([json]);
    chooseFile('notes.txt', 'just some notes');
    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toMatch(/^Could not import notes\.txt: the file is not JSON/);
    });
    expect(screen.getAllByTestId('exchange-row')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('transfer-notice-dismiss'));
    expect(screen.queryByTestId('transfer-notice')).toBeNull();
  });
});

describe('export', () => {
  it('writes only the exchanges the filter leaves', async () => {
    const { store } = renderPanel([json, stream]);
    await act(() => {
      store.list.actions.setToggle('streams', true);
    });
    expect(screen.getByTestId('export-har').textContent).toBe('Export 1 as HAR');
    fireEvent.click(screen.getByTestId('export-har'));
    const har: unknown = JSON.parse(await (downloads[0]?.text ?? Promise.reject(new Error('nothing downloaded'))));
    expect(har).toMatchObject({ log: { entries: [{ response: { content: { mimeType: 'text/event-stream' } } }] } });
    expect(har).not.toMatchObject({ log: { entries: [{}, {}] } });
  });

  it('offers nothing to export when nothing is shown', () => {
    renderPanel([]);
    expect(screen.getByTestId<HTMLButtonElement>('export-har').disabled).toBe(true);
    expect(screen.getByTestId<HTMLButtonElement>('export-json').disabled).toBe(true);
  });
});
