// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../../decode/index';
import { chatExchange } from '../../../testing/exchanges';
import { readFixture } from '../../../testing/fixtureFiles';
import { memoryStorage } from '../../testing/memoryStorage';
import { renderPanel } from '../../testing/renderPanel';

afterEach(cleanup);

const text = chatExchange({ id: 'text', body: readFixture('openai-chat-text-1.json') });
/**
 * A gateway's own endpoint answering with an error body: neither its URL (no /chat/completions)
 * nor its body (no choices) says "chat", so only a user pattern lists it.
 */
const gateway: CapturedExchange = {
  ...chatExchange({ id: 'gateway', body: readFixture('openai-error-400-1.json'), status: 400 }),
  url: 'https://llm-gateway.internal.example/api/generate',
};
const rowIds = () => screen.queryAllByTestId('exchange-row').map((row) => row.dataset.exchangeId);

describe('extra URL patterns', () => {
  it('list matching requests already captured once applied, and unlist them once removed', () => {
    const { storage, stored } = memoryStorage();
    renderPanel([text, gateway], { storage });
    expect(rowIds()).toEqual(['text']);

    fireEvent.input(screen.getByTestId('settings-url-patterns'), { target: { value: 'llm-gateway.internal.example/api/*' } });
    fireEvent.click(screen.getByTestId('settings-apply-patterns'));
    expect(rowIds()).toEqual(['text', 'gateway']);
    expect(stored()).toMatchObject({ extraUrlPatterns: ['llm-gateway.internal.example/api/*'] });

    fireEvent.input(screen.getByTestId('settings-url-patterns'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('settings-apply-patterns'));
    expect(rowIds()).toEqual(['text']);
  });

  it('apply to requests captured later, and come back in a new panel', async () => {
    const { storage } = memoryStorage();
    const first = renderPanel([text], { storage });
    fireEvent.input(screen.getByTestId('settings-url-patterns'), { target: { value: '/\\/api\\/generate$/' } });
    fireEvent.click(screen.getByTestId('settings-apply-patterns'));
    await act(() => {
      first.fake.emit(gateway);
    });
    expect(rowIds()).toEqual(['text', 'gateway']);
    cleanup();

    renderPanel([text, gateway], { storage });
    expect(screen.getByTestId('settings-url-patterns')).toHaveProperty('value', '/\\/api\\/generate$/');
    expect(rowIds()).toEqual(['text', 'gateway']);
  });

  it('say which lines are not valid patterns', () => {
    renderPanel([text]);
    fireEvent.input(screen.getByTestId('settings-url-patterns'), { target: { value: 'fine/*\n/(broken/' } });
    fireEvent.click(screen.getByTestId('settings-apply-patterns'));
    const errors = screen.getAllByTestId('settings-pattern-error').map((error) => error.textContent);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\/\(broken\/: Invalid regular expression/);
  });
});

describe('extra URL patterns naming a format', () => {
  it('list a matching request when the line names a known format', () => {
    renderPanel([text, gateway]);
    expect(rowIds()).toEqual(['text']);
    fireEvent.input(screen.getByTestId('settings-url-patterns'), {
      target: { value: 'openai-chat llm-gateway.internal.example/api/*' },
    });
    fireEvent.click(screen.getByTestId('settings-apply-patterns'));
    expect(screen.queryAllByTestId('settings-pattern-error')).toEqual([]);
    expect(rowIds()).toEqual(['text', 'gateway']);
  });

  it('show a line naming an unknown format as an error, and list nothing for it', () => {
    renderPanel([text, gateway]);
    fireEvent.input(screen.getByTestId('settings-url-patterns'), {
      target: { value: 'antropic-messages llm-gateway.internal.example/api/*' },
    });
    fireEvent.click(screen.getByTestId('settings-apply-patterns'));
    const errors = screen.getAllByTestId('settings-pattern-error').map((error) => error.textContent);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^antropic-messages llm-gateway\.internal\.example\/api\/\*: unknown format "antropic-messages"/);
    expect(rowIds()).toEqual(['text']);
  });

  it('are explained in the help, with the format names', () => {
    renderPanel([text]);
    const help = screen.getByTestId('settings-url-patterns-help').textContent;
    expect(help).toContain('anthropic-messages gateway.internal/llm/*');
    expect(help).toContain('openai-chat, openai-responses, anthropic-messages, gemini, ai-sdk-ui, ai-sdk-data, ai-sdk-text, ollama');
  });
});

describe('message format', () => {
  it('is Markdown at first, and a switch to raw text is remembered', () => {
    const { storage, stored } = memoryStorage();
    const { store } = renderPanel([text], { storage });
    expect(screen.getByTestId('settings-format-markdown')).toHaveProperty('checked', true);
    fireEvent.click(screen.getByTestId('settings-format-raw'));
    expect(store.settings.messageFormat.value).toBe('raw');
    expect(stored()).toMatchObject({ messageFormat: 'raw' });
    cleanup();
    renderPanel([text], { storage });
    expect(screen.getByTestId('settings-format-raw')).toHaveProperty('checked', true);
  });
});

describe('Preserve log', () => {
  it('is off at first: a new document in the inspected page clears the list', async () => {
    const { fake } = renderPanel([text]);
    expect(screen.getByTestId('preserve-log')).toHaveProperty('checked', false);
    await act(() => {
      fake.navigate('https://example.com/next-page');
    });
    expect(rowIds()).toEqual([]);
    expect(screen.getByTestId('empty-state')).toBeTruthy();
  });

  it('on, keeps the list across documents, and is remembered for the next panel', async () => {
    const { storage, stored } = memoryStorage();
    const first = renderPanel([text], { storage });
    fireEvent.click(screen.getByTestId('preserve-log'));
    expect(stored()).toMatchObject({ preserveLog: true });
    await act(() => {
      first.fake.navigate('https://example.com/next-page');
    });
    expect(rowIds()).toEqual(['text']);
    cleanup();

    const second = renderPanel([text], { storage });
    expect(screen.getByTestId('preserve-log')).toHaveProperty('checked', true);
    await act(() => {
      second.fake.navigate('https://example.com/other');
    });
    expect(rowIds()).toEqual(['text']);
  });
});

describe('split', () => {
  it('resizes from the keyboard and remembers the share', () => {
    const { storage, stored } = memoryStorage();
    renderPanel([text], { storage });
    const handle = screen.getByTestId('split-handle');
    expect(handle.getAttribute('aria-valuenow')).toBe('55');
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(handle.getAttribute('aria-valuenow')).toBe('51');
    expect(stored()).toMatchObject({ listFraction: 0.51 });
  });
});
