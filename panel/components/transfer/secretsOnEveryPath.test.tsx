// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFixture } from '../../../testing/fixtureFiles';
import { captureDownloads } from '../../testing/captureDownloads';
import type { CapturedDownload } from '../../testing/captureDownloads';
import { renderPanel } from '../../testing/renderPanel';
import { SECRET_FRAGMENTS, SENT_SECRET_FRAGMENTS, secretExchange } from '../../testing/secretExchange';
import { RawFallback } from '../RawFallback';

/**
 * Issue 4 item 4: Authorization, api-key, cookies and `?key=` stay hidden on the screen, on the
 * clipboard and in exported files, unless the user ticks "include secrets". Runs against the real
 * panel (every detail tab is opened), so a tab that printed a header raw would fail here.
 */

let clipboard: string[] = [];
let downloads: CapturedDownload[] = [];

beforeEach(() => {
  clipboard = [];
  downloads = captureDownloads();
  vi.spyOn(navigator.clipboard, 'writeText').mockImplementation((text: string) => {
    clipboard.push(text);
    return Promise.resolve();
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderWithSecrets() {
  const view = renderPanel([
    secretExchange({ id: 'json-1', body: readFixture('openai-chat-text-1.json') }),
    secretExchange({ id: 'stream-1', stream: true, body: readFixture('openai-stream-text-1.sse') }),
  ]);
  return view;
}

function expectNoSecret(text: string) {
  for (const fragment of SECRET_FRAGMENTS) expect(text).not.toContain(fragment);
}

async function exportFile(format: 'har' | 'json'): Promise<string> {
  fireEvent.click(screen.getByTestId(`export-${format}`));
  const download = downloads.at(-1);
  if (download === undefined) throw new Error('nothing was downloaded');
  expect(download.name).toMatch(new RegExp(`^llm-exchanges-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.${format}$`));
  return download.text;
}

describe('secrets on every path out', () => {
  it('are masked on screen in every detail tab, the list and its tooltips', async () => {
    const { store } = renderWithSecrets();
    for (const id of ['json-1', 'stream-1']) {
      await act(() => {
        store.actions.select(id);
      });
      for (const tab of screen.getAllByRole('tab')) {
        fireEvent.click(tab);
        // The markup, not only the text: a title or aria-label tooltip is on screen too.
        expectNoSecret(new XMLSerializer().serializeToString(document.body));
      }
    }
    expect(screen.getByTestId('detail-url').textContent).toBe(
      'https://gateway.example.test/v1/chat/completions?key=AIza…StUv&api-version=2024-10-21',
    );
  });

  it('are masked on the clipboard unless included', async () => {
    const { store } = renderWithSecrets();
    await act(() => {
      store.actions.select('json-1');
    });
    fireEvent.click(screen.getByTestId('copy-curl'));
    fireEvent.click(screen.getByTestId('copy-response-json'));
    await waitFor(() => {
      expect(clipboard).toHaveLength(2);
    });
    clipboard.forEach(expectNoSecret);
    // gateway.example.test is no known provider: its key comes from $API_KEY, in the header and the body.
    expect(clipboard[0]).toContain(`-H "Authorization: Bearer $API_KEY"`);
    expect(clipboard[0]).toContain(`"api_key":"'"$API_KEY"'"`);
    expect(screen.getByTestId('transfer-notice').textContent).toContain('Copied the response JSON');

    fireEvent.click(screen.getByTestId('detail-include-secrets'));
    fireEvent.click(screen.getByTestId('copy-curl'));
    await waitFor(() => {
      expect(clipboard).toHaveLength(3);
    });
    expect(clipboard[2]).toContain(`-H 'Authorization: Bearer sk-proj-abcdefghijklmnop1234'`);
    for (const fragment of SENT_SECRET_FRAGMENTS) expect(clipboard[2]).toContain(fragment);
  });

  it('are %VARIABLES% in the cURL command for Windows cmd unless included', async () => {
    const { store } = renderWithSecrets();
    await act(() => {
      store.actions.select('json-1');
    });
    fireEvent.click(screen.getByRole('button', { name: 'cURL (cmd)' }));
    await waitFor(() => {
      expect(clipboard).toHaveLength(1);
    });
    expectNoSecret(clipboard[0] ?? '');
    expect(clipboard[0]).toMatch(
      /^curl \^"https:\/\/gateway\.example\.test\/v1\/chat\/completions\?key=%API_KEY%\^&api-version=2024-10-21\^" \^\n/,
    );
    expect(clipboard[0]).toContain('-H ^"Authorization: Bearer %API_KEY%^"');
    expect(screen.getByTestId('transfer-notice').textContent).toContain(
      'Copied the cURL command for cmd (secrets as environment variables)',
    );

    fireEvent.click(screen.getByTestId('detail-include-secrets'));
    fireEvent.click(screen.getByTestId('copy-curl-cmd'));
    await waitFor(() => {
      expect(clipboard).toHaveLength(2);
    });
    for (const fragment of SENT_SECRET_FRAGMENTS) expect(clipboard[1]).toContain(fragment);
  });

  it('are masked in exported HAR and JSON files unless included', async () => {
    renderWithSecrets();
    expect(screen.getByTestId<HTMLInputElement>('include-secrets').checked).toBe(false);
    const har = await exportFile('har');
    const json = await exportFile('json');
    expectNoSecret(har);
    expectNoSecret(json);
    expect(JSON.parse(har)).toMatchObject({ log: { version: '1.2', entries: [{}, {}] } });
    expect(screen.getByTestId('transfer-notice').textContent).toContain('Exported 2 exchanges as JSON (secrets masked)');

    fireEvent.click(screen.getByTestId('include-secrets'));
    const fullHar = await exportFile('har');
    for (const fragment of SECRET_FRAGMENTS) expect(fullHar).toContain(fragment);
  });
});

describe('secrets when the panel cannot render an exchange', () => {
  it('are masked in the raw fallback too', () => {
    render(<RawFallback captured={secretExchange({ id: 'bad', body: '{}' })} error="TypeError: boom" />);
    expect(screen.getByTestId('detail-fallback').textContent).toContain('key=AIza…StUv');
    expectNoSecret(new XMLSerializer().serializeToString(document.body));
  });
});
