// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chatExchange } from '../../../testing/exchanges';
import { readFixture } from '../../../testing/fixtureFiles';
import { renderPanel } from '../../testing/renderPanel';

afterEach(cleanup);

const at = (second: number) => Date.UTC(2024, 8, 26, 10, 22, second, 250);
// openai-chat-text-1.json: gpt-4o-2024-08-06, finish stop, 200.
const openai = chatExchange({ id: 'openai', body: readFixture('openai-chat-text-1.json'), startedAt: at(1) });
// groq-stream-toolcall-1.sse: llama-3.3-70b-versatile, a stream, finish tool_calls, 200.
const groq = chatExchange({
  id: 'groq',
  body: readFixture('groq-stream-toolcall-1.sse'),
  stream: true,
  startedAt: at(2),
  url: 'https://api.groq.com/openai/v1/chat/completions',
});
// openai-error-400-1.json: an error body, 400; the request names gpt-4o-2024-08-06.
const failed = chatExchange({ id: 'failed', body: readFixture('openai-error-400-1.json'), status: 400, startedAt: at(3) });
const all = [openai, groq, failed];

const rowIds = () => screen.queryAllByTestId('exchange-row').map((row) => row.dataset.exchangeId);
const box = () => screen.getByTestId('filter-input');
/** Types `value` as the user would: the box holds it and the caret is at its end. */
const type = (value: string) => {
  const input = box();
  if (!(input instanceof HTMLInputElement)) throw new Error('the filter box is not an input');
  input.value = value;
  input.setSelectionRange(value.length, value.length);
  fireEvent.input(input);
};
const key = (name: string) => fireEvent.keyDown(box(), { key: name });
const options = () => screen.queryAllByRole('option').map((option) => option.textContent);

describe('filter language in the box', () => {
  it('narrows by key, negates with -, ANDs the terms', () => {
    renderPanel(all);
    type('is:stream');
    expect(rowIds()).toEqual(['groq']);
    type('-is:stream status:2xx');
    expect(rowIds()).toEqual(['openai']);
    type('model:gpt -status:200');
    expect(rowIds()).toEqual(['failed']);
  });
});

describe('filter suggestions', () => {
  it('suggest keys as a word is typed, then the values seen in the log', () => {
    renderPanel(all);
    type('fi');
    const listbox = screen.getByRole('listbox');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(box().getAttribute('aria-controls')).toBe(listbox.id);
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['finish:finish reason']);
    key('ArrowDown');
    expect(box().getAttribute('aria-activedescendant')).toBe(screen.getByRole('option').id);
    expect(screen.getByRole('option').getAttribute('aria-selected')).toBe('true');
    key('Enter');
    expect(box()).toHaveProperty('value', 'finish:');
    // The key is in: its values follow, from the log (the error body has no finish reason).
    expect(options()).toEqual(['stop', 'tool_calls']);
    key('ArrowDown');
    key('ArrowDown');
    key('Enter');
    expect(box()).toHaveProperty('value', 'finish:tool_calls ');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(rowIds()).toEqual(['groq']);
  });

  it("suggests the values of exchanges that arrive while the list is open (it reads the log's rows at each render)", async () => {
    const { fake } = renderPanel([openai]);
    type('finish:');
    expect(options()).toEqual(['stop']);
    await act(() => {
      fake.emit(groq);
    });
    expect(options()).toEqual(['stop', 'tool_calls']);
  });

  it('Tab takes the first suggestion; ↑ wraps to the last', () => {
    renderPanel(all);
    type('-mo');
    key('Tab');
    expect(box()).toHaveProperty('value', '-model:');
    expect(options()).toEqual(['gpt-4o-2024-08-06', 'llama-3.3-70b-versatile']);
    key('ArrowUp');
    key('Tab');
    expect(box()).toHaveProperty('value', '-model:llama-3.3-70b-versatile ');
    expect(rowIds()).toEqual(['openai', 'failed']);
  });

  it('Esc closes the list first, then clears the box', () => {
    renderPanel(all);
    type('is:');
    expect(options()).toEqual(['stream', 'error', 'nonconforming', 'schema-error']);
    key('Escape');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box()).toHaveProperty('value', 'is:');
    key('Escape');
    expect(box()).toHaveProperty('value', '');
  });

  it('a click on a suggestion takes it', () => {
    renderPanel(all);
    type('provider:g');
    const [groqOption] = screen.getAllByRole('option');
    if (groqOption === undefined) throw new Error('no suggestion');
    expect(groqOption.textContent).toBe('Groq');
    fireEvent.mouseDown(groqOption);
    expect(box()).toHaveProperty('value', 'provider:Groq ');
    expect(rowIds()).toEqual(['groq']);
  });
});

describe('a selected row the filter hides', () => {
  it('closes its detail, as in DevTools', () => {
    renderPanel(all);
    fireEvent.click(screen.getAllByTestId('exchange-row')[1] ?? box());
    expect(screen.getByTestId('exchange-detail').dataset.exchangeId).toBe('groq');
    type('is:stream');
    expect(screen.getByTestId('exchange-detail').dataset.exchangeId).toBe('groq');
    type('-is:stream');
    expect(screen.queryByTestId('exchange-detail')).toBeNull();
    expect(screen.getByTestId('detail-placeholder')).toBeTruthy();
    type('');
    // Still closed when the row comes back: the selection was cleared, not hidden.
    expect(rowIds()).toEqual(['openai', 'groq', 'failed']);
    expect(screen.queryByTestId('exchange-detail')).toBeNull();
  });

  it('closes its detail when a quick toggle hides it too', () => {
    renderPanel(all);
    fireEvent.click(screen.getAllByTestId('exchange-row')[0] ?? box());
    fireEvent.click(screen.getByTestId('toggle-errors'));
    expect(screen.queryByTestId('exchange-detail')).toBeNull();
  });
});

describe('Esc stays in the panel', () => {
  /**
   * DevTools' extension API listens for keydown on the panel's document and forwards Esc to
   * DevTools, which toggles its Console drawer: an Esc the panel handled must not get there.
   */
  const escReachingDocument = (target: Element): boolean => {
    let reached = false;
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'Escape') reached = true;
    };
    document.addEventListener('keydown', listener);
    fireEvent.keyDown(target, { key: 'Escape' });
    document.removeEventListener('keydown', listener);
    return reached;
  };

  it('stops at the filter box, its suggestion list and each popover; an Esc nobody handles goes on', () => {
    renderPanel(all);
    type('is:');
    expect(escReachingDocument(box())).toBe(false);
    expect(escReachingDocument(box())).toBe(false);
    for (const summary of ['settings-button', 'export-menu', 'session-totals']) {
      fireEvent.click(screen.getByTestId(summary));
      const details = screen.getByTestId(summary).closest('details');
      if (details === null) throw new Error(`${summary} is not a popover`);
      details.open = true;
      expect(escReachingDocument(screen.getByTestId(summary))).toBe(false);
      expect(details.open).toBe(false);
    }
    expect(escReachingDocument(screen.getByRole('grid'))).toBe(true);
  });
});

describe('the session totals popover', () => {
  it('closes on Esc when the first call arrived after the panel opened (it rendered nothing before)', async () => {
    const { fake } = renderPanel([]);
    expect(screen.queryByTestId('session-totals')).toBeNull();
    await act(() => {
      fake.emit(openai);
    });
    const summary = screen.getByTestId('session-totals');
    const details = summary.closest('details');
    if (details === null) throw new Error('the session totals are not a popover');
    details.open = true;
    fireEvent.keyDown(summary, { key: 'Escape' });
    expect(details.open).toBe(false);
  });
});
