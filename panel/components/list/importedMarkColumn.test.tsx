// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chatExchange } from '../../../testing/exchanges';
import { readFixture } from '../../../testing/fixtureFiles';
import { renderPanel } from '../../testing/renderPanel';

afterEach(() => {
  cleanup();
});

const live = chatExchange({ id: 'live', body: readFixture('openai-chat-text-1.json'), startedAt: 1_000 });
const imported = {
  ...chatExchange({ id: 'from-har', stream: true, body: readFixture('openai-stream-text-1.sse'), startedAt: 2_000 }),
  source: 'imported' as const,
};
/** The grid's column template: the time column comes first, 96 px (columns.ts), 32 px more for the HAR mark (columnGrid.ts). */
const template = () => screen.getByTestId('exchange-list').style.getPropertyValue('--log-columns');

describe('the time column makes room for the HAR mark only while an imported row is shown', () => {
  it('widens when an imported row arrives, and narrows when the filter hides it', async () => {
    const { store } = renderPanel([live]);
    expect(template()).toMatch(/^96px /);
    await act(() => {
      store.actions.addExchange(imported);
    });
    expect(template()).toMatch(/^128px /);
    // "Streams" shows streams only: the imported row stays, the live one goes.
    await act(() => {
      store.list.actions.setToggle('streams', true);
    });
    expect(template()).toMatch(/^128px /);
    await act(() => {
      store.list.actions.setToggle('streams', false);
      store.list.actions.setFilterText('-is:stream');
    });
    expect(template()).toMatch(/^96px /);
  });
});
