// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPanelStore } from '../../store/panelStore';
import { App } from '../App';
import { chatExchange, nonChatExchange } from '../../../testing/exchanges';
import { createFakeNetworkSource } from '../../testing/fakeNetworkSource';
import { readFixture } from '../../../testing/fixtureFiles';
import { memoryStorage } from '../../testing/memoryStorage';
import { renderPanel } from '../../testing/renderPanel';
import { slowFirstDecode } from '../../testing/slowFirstDecode';
import { SETTINGS_KEY } from '../../settings/panelSettings';

// Row times are local; pin the zone so the expected strings hold on every machine.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'UTC';
});
afterAll(() => {
  process.env.TZ = zone;
});
afterEach(cleanup);

const at = (second: number) => Date.UTC(2024, 8, 26, 10, 22, second, 250);
const textReply = chatExchange({ id: 'text', body: readFixture('openai-chat-text-1.json'), startedAt: at(1) });
const streamWithoutUsage = chatExchange({
  id: 'anthropic',
  body: readFixture('anthropic-openai-compat-stream-toolcall-1.sse'),
  stream: true,
  startedAt: at(2),
  url: 'https://api.anthropic.com/v1/chat/completions',
  model: 'claude-haiku-4-5-20251001',
});
const errorReply = chatExchange({
  id: 'error',
  body: readFixture('openai-error-400-1.json'),
  status: 400,
  startedAt: at(3),
  model: 'o1-mini',
});
const mistralTools = {
  ...chatExchange({
    id: 'mistral',
    body: readFixture('mistral-chat-toolcall-1.json'),
    startedAt: at(4),
    url: 'https://api.mistral.ai/v1/chat/completions',
    tools: ['get_image'],
  }),
  durationMs: 2_480,
  timings: { blocked: 3, dns: -1, connect: 40, ssl: 25, send: 1, wait: 1_900, receive: 536 },
};

const rows = () => screen.getAllByTestId('exchange-row');
const rowIds = () => rows().map((row) => row.dataset.exchangeId);
const cell = (row: HTMLElement, testid: string) => within(row).getByTestId(testid).textContent;
const selectedRowIds = () =>
  rows()
    .filter((row) => row.getAttribute('aria-selected') === 'true')
    .map((row) => row.dataset.exchangeId);
const header = (column: string) => screen.getByTestId(`column-${column}`);

describe('exchange list', () => {
  it('shows one row per chat exchange and none for other traffic', () => {
    renderPanel([textReply, nonChatExchange('users'), streamWithoutUsage, errorReply]);
    expect(rowIds()).toEqual(['text', 'anthropic', 'error']);
  });

  it('shows time, provider, model, kind, status, duration, TTFB, prompt → completion tokens and finish reason', () => {
    renderPanel([textReply, streamWithoutUsage, errorReply, mistralTools]);
    const cells = (row: HTMLElement) =>
      ['row-time', 'row-provider', 'row-model', 'row-kind', 'row-status', 'row-duration', 'row-ttfb', 'row-tokens', 'row-finish'].map(
        (id) => cell(row, id),
      );
    const [text, stream, error, mistral] = rows();
    if (text === undefined || stream === undefined || error === undefined || mistral === undefined) throw new Error('expected four rows');
    // openai-chat-text-1.json: usage 14 prompt + 37 completion, finish_reason stop; the builder's timings: wait 700, 812 ms in all.
    expect(cells(text)).toEqual(['10:22:01.250', 'OpenAI', 'gpt-4o-2024-08-06', 'JSON', '200', '812 ms', '700 ms', '14 → 37', 'stop']);
    // The Anthropic compatibility stream sends no usage at all; its last chunk says tool_calls.
    expect(cells(stream)).toEqual([
      '10:22:02.250',
      'Anthropic',
      'claude-haiku-4-5-20251001',
      'stream',
      '200',
      '812 ms',
      '700 ms',
      '—',
      'tool_calls',
    ]);
    // An error body has no model (the request's is shown), no usage and no choices.
    expect(cells(error)).toEqual(['10:22:03.250', 'OpenAI', 'o1-mini', 'error', '400', '812 ms', '700 ms', '—', '']);
    // TTFB = blocked 3 + dns (-1: not applicable) + connect 40 (ssl 25 is inside it) + send 1 + wait 1900.
    expect(cells(mistral)).toEqual([
      '10:22:04.250',
      'Mistral',
      'pixtral-12b-latest',
      'JSON',
      '200',
      '2.48 s',
      '1.94 s',
      '65 → 16',
      'tool_calls',
    ]);
  });

  it('marks a response that does not conform with its issue count, and leaves conforming ones unmarked', () => {
    renderPanel([textReply, mistralTools]);
    const [text, mistral] = rows();
    if (text === undefined || mistral === undefined) throw new Error('expected two rows');
    expect(cell(text, 'row-issues')).toBe('');
    // mistral-chat-toolcall-1.json: its tool call has no `type`, which the contract requires.
    const mark = within(mistral).getByTestId('row-issues');
    expect(mark.textContent).toBe('✕ 1');
    expect(mark.dataset.conforms).toBe('false');
    expect(mark.title).toBe('does not conform: 1 error, 0 warnings');
  });

  it('counts errors in a red mark and warnings alone in an amber one, with both counts in the title', () => {
    // tgi-chat-text-1.json: object "text_completion" (an error) and finish_reason "eos_token" (a warning).
    const tgi = chatExchange({ id: 'tgi', body: readFixture('tgi-chat-text-1.json'), startedAt: at(1) });
    // groq-chat-toolcall-1.json: only service_tier "on_demand", a value the contract does not list.
    const groq = chatExchange({ id: 'groq', body: readFixture('groq-chat-toolcall-1.json'), startedAt: at(2), tools: ['weather'] });
    renderPanel([tgi, groq]);
    const [errors, warnings] = rows().map((row) => within(row).getByTestId('row-issues'));
    expect([errors?.textContent, errors?.dataset.severity, errors?.title]).toEqual([
      '✕ 1',
      'error',
      'does not conform: 1 error, 1 warning',
    ]);
    expect([warnings?.textContent, warnings?.dataset.severity, warnings?.title]).toEqual([
      '⚠ 1',
      'warning',
      'conforms: 0 errors, 1 warning',
    ]);
  });

  it('sorts by a column on click, reverses on a second click, says so with aria-sort, and keeps arrival order among equals', () => {
    const second = chatExchange({ id: 'text-2', body: readFixture('openai-chat-text-1.json'), startedAt: at(5) });
    renderPanel([mistralTools, textReply, errorReply, second]);
    // Default: by start time, oldest first.
    expect(header('time').getAttribute('aria-sort')).toBe('ascending');
    expect(rowIds()).toEqual(['text', 'error', 'mistral', 'text-2']);

    fireEvent.click(within(header('model')).getByRole('button'));
    expect(header('model').getAttribute('aria-sort')).toBe('ascending');
    expect(header('time').getAttribute('aria-sort')).toBe('none');
    // gpt-4o… (twice, in arrival order: mistral arrived first, then text, error, text-2), o1-mini, pixtral…
    expect(rowIds()).toEqual(['text', 'text-2', 'error', 'mistral']);

    fireEvent.click(within(header('model')).getByRole('button'));
    expect(header('model').getAttribute('aria-sort')).toBe('descending');
    expect(rowIds()).toEqual(['mistral', 'error', 'text', 'text-2']);

    // Tokens sort by prompt + completion; an exchange without usage goes last either way.
    fireEvent.click(within(header('tokens')).getByRole('button'));
    expect(rowIds()).toEqual(['text', 'text-2', 'mistral', 'error']);
    fireEvent.click(within(header('tokens')).getByRole('button'));
    expect(rowIds()).toEqual(['mistral', 'text', 'text-2', 'error']);
  });

  it('selects a row on click and moves the selection with ↑/↓ in the order shown', () => {
    renderPanel([textReply, streamWithoutUsage, errorReply]);
    const [, stream] = rows();
    if (stream === undefined) throw new Error('expected a second row');
    fireEvent.click(stream);
    expect(selectedRowIds()).toEqual(['anthropic']);
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-activedescendant')).toBe(stream.id);
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(selectedRowIds()).toEqual(['error']);
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(selectedRowIds()).toEqual(['text']);
    expect(screen.getByTestId('exchange-detail').dataset.exchangeId).toBe('text');

    // Sorted newest first, ↓ goes to the next row on screen, which is the older one.
    fireEvent.click(within(header('time')).getByRole('button'));
    fireEvent.click(rows()[0] ?? grid);
    expect(selectedRowIds()).toEqual(['error']);
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(selectedRowIds()).toEqual(['anthropic']);
  });

  it('moves focus into the detail on Enter', () => {
    renderPanel([textReply, errorReply]);
    const grid = screen.getByRole('grid');
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'Enter' });
    const detail = screen.getByTestId('exchange-detail');
    expect(document.activeElement).not.toBe(grid);
    expect(detail.contains(document.activeElement)).toBe(true);
  });

  it('adds a row when the source delivers a new exchange', async () => {
    const { fake } = renderPanel([textReply]);
    await act(() => {
      fake.emit(errorReply);
    });
    expect(rows()).toHaveLength(2);
  });

  it('keeps only the rows in view in the DOM, even with 10,000 exchanges', () => {
    const body = readFixture('openai-chat-text-1.json');
    const many = Array.from({ length: 10_000 }, (_, index) => chatExchange({ id: `x${index}`, body, startedAt: at(0) + index }));
    // Above the default memory limit of 5,000 exchanges: the limit is raised as a user would in Settings.
    renderPanel(many, { storage: memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ maxExchanges: 10_000 }) }).storage });
    const grid = screen.getByRole('grid');
    // The header row plus every exchange, for assistive technology…
    expect(grid.getAttribute('aria-rowcount')).toBe('10001');
    expect(grid.dataset.inFlight).toBe('0');
    // …but only a screenful (plus a few) rendered: happy-dom has no layout, so the list assumes 600 px of 21 px rows.
    const rendered = rows().length;
    expect(rendered).toBeGreaterThan(20);
    expect(rendered).toBeLessThan(60);
    expect(rows()[0]?.dataset.exchangeId).toBe('x0');
    expect(rows()[0]?.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.getByTestId('exchange-count').textContent).toBe('10,000 requests');
  });

  it('shows token counts beyond 2^53 with the digits as sent, in the row and in the session totals', () => {
    // 9007199254740993 (2^53 + 1) reads back in JavaScript as 9007199254740992.
    const body = JSON.stringify({
      id: 'chatcmpl-big',
      object: 'chat.completion',
      created: 1,
      model: 'gpt-4o',
      choices: [{ index: 0, message: { role: 'assistant', content: 'hi' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 0, completion_tokens: 5, total_tokens: 5 },
    }).replace('"prompt_tokens":0', '"prompt_tokens":9007199254740993');
    renderPanel([chatExchange({ id: 'big-1', body }), chatExchange({ id: 'big-2', body })]);
    const [first] = rows();
    if (first === undefined) throw new Error('expected a row');
    const tokens = within(first).getByTestId('row-tokens');
    expect(tokens.textContent).toBe('9,007,199,254,740,993 → 5');
    expect(tokens.querySelector('[data-precise="true"]')?.getAttribute('title')).toBe('exceeds 2^53; shown as sent');
    expect(tokens.title).toBe('9,007,199,254,740,993 prompt, 5 completion');
    // Twice 9,007,199,254,740,993, added by hand: 18,014,398,509,481,986 (a double would say …984).
    expect(screen.getByTestId('session-totals').textContent).toBe('2 calls · 18,014,398,509,481,986 → 10 tokens');
  });

  it('lists a burst before it is decoded, with … in the cells that need the decoding, and fills them in', async () => {
    const turns: (() => void)[] = [];
    const idle: (() => void)[] = [];
    // The first decoding outlasts the store's per-frame budget (8 ms), so the next two wait.
    const decode = slowFirstDecode();
    const store = createPanelStore({ decode, scheduleCommit: (commit) => turns.push(commit), scheduleWork: (work) => idle.push(work) });
    const fake = createFakeNetworkSource();
    store.actions.connect(fake.source);
    render(<App store={store} />);
    await act(() => {
      ['a', 'b', 'c'].forEach((id, second) => {
        fake.emit(chatExchange({ id, body: readFixture('openai-chat-text-1.json'), startedAt: at(second) }));
      });
      turns.shift()?.();
    });
    const [decoded, waiting] = rows();
    if (decoded === undefined || waiting === undefined) throw new Error('expected three rows');
    expect(rows()).toHaveLength(3);
    expect(cell(decoded, 'row-model')).toBe('gpt-4o-2024-08-06');
    // What the capture says is there; what needs the decoding waits.
    expect(
      ['row-provider', 'row-status', 'row-model', 'row-kind', 'row-tokens', 'row-finish', 'row-issues'].map((id) => cell(waiting, id)),
    ).toEqual(['OpenAI', '200', '…', '…', '…', '…', '…']);
    expect(within(waiting).getByTestId('row-model').title).toBe('decoding…');
    expect(screen.getByTestId('exchange-list').dataset.decoding).toBe('2');
    // openai-chat-text-1.json reports 14 prompt and 37 completion tokens.
    expect(screen.getByTestId('session-totals').textContent).toBe('1 call · 14 → 37 tokens (decoding 2 more…)');
    await act(() => {
      while (idle.length > 0) idle.shift()?.();
      turns.shift()?.();
    });
    expect(rows().map((row) => cell(row, 'row-tokens'))).toEqual(['14 → 37', '14 → 37', '14 → 37']);
    expect(screen.getByTestId('exchange-list').dataset.decoding).toBe('0');
    expect(screen.getByTestId('session-totals').textContent).toBe('3 calls · 42 → 111 tokens');
  });
});
