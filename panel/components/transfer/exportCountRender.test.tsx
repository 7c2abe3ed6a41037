// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatExchange } from '../../../testing/exchanges';
import { readFixture } from '../../../testing/fixtureFiles';
import { renderPanel } from '../../testing/renderPanel';
import { shownEntries } from './shownEntries';

// Watched, not replaced: the export menu's count must not map the whole shown list at each render
// (a pass over every row per commit while a burst of 10,000 is listed); only an export does.
vi.mock('./shownEntries', async (importOriginal) => {
  const original = await importOriginal<typeof ShownEntries>();
  return { shownEntries: vi.fn(original.shownEntries) };
});
import type * as ShownEntries from './shownEntries';

afterEach(() => {
  cleanup();
  vi.mocked(shownEntries).mockClear();
});

const exchange = (id: string, stream: boolean) =>
  chatExchange({ id, stream, body: readFixture(stream ? 'openai-stream-text-1.sse' : 'openai-chat-text-1.json') });

describe('the export menu counts the shown exchanges without listing them', () => {
  it('shows the count the filter leaves without mapping the shown rows to entries', async () => {
    const { store } = renderPanel([exchange('live-1', false), exchange('live-2', true), exchange('live-3', true)]);
    expect(screen.getByTestId('export-har').textContent).toBe('Export 3 as HAR');
    await act(() => {
      store.list.actions.setToggle('streams', true);
    });
    expect(screen.getByTestId('export-json').textContent).toBe('Export 2 as JSON');
    expect(shownEntries).not.toHaveBeenCalled();
  });
});
