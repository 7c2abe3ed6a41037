// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chatExchange } from '../../../../testing/exchanges';
import { readFixture } from '../../../../testing/fixtureFiles';
import { renderPanel } from '../../../testing/renderPanel';

afterEach(cleanup);

const textExchange = chatExchange({ id: 'text', body: readFixture('openai-chat-text-1.json') });
const toolsExchange = chatExchange({ id: 'tools', body: readFixture('openai-chat-parallel-tools-1.json') });

function selectRow(position: number): void {
  const row = screen.getAllByTestId('exchange-row')[position];
  if (row === undefined) throw new Error(`no row ${position}`);
  fireEvent.click(row);
}

const selectedTabs = () => screen.getAllByRole('tab').filter((tab) => tab.getAttribute('aria-selected') === 'true');

describe('detail tabs', () => {
  it('opens on the Response tab, with the tabs wired for assistive technology', () => {
    renderPanel([textExchange]);
    selectRow(0);
    const tablist = screen.getByRole('tablist');
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent).slice(0, 3)).toEqual(['Conversation', 'Response', 'Usage']);
    expect(selectedTabs().map((tab) => tab.textContent)).toEqual(['Response']);
    for (const tab of tabs) {
      const panelId = tab.getAttribute('aria-controls');
      const panel = panelId === null ? null : document.getElementById(panelId);
      expect(panel?.getAttribute('role')).toBe('tabpanel');
      expect(panel?.getAttribute('aria-labelledby')).toBe(tab.id);
      expect(panel?.hidden).toBe(tab.getAttribute('aria-selected') !== 'true');
      // Only the selected tab is reachable with Tab; the arrows move between the others.
      expect(tab.tabIndex).toBe(tab.getAttribute('aria-selected') === 'true' ? 0 : -1);
    }
    expect(within(screen.getByTestId('detail-tabpanel-response')).getByTestId('detail-id').textContent).toBe(
      'chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY',
    );
  });

  it('moves between tabs with the arrow keys, Home and End, wrapping at the ends', () => {
    renderPanel([textExchange]);
    selectRow(0);
    const response = screen.getByTestId('detail-tab-response');
    fireEvent.keyDown(response, { key: 'ArrowRight' });
    expect(selectedTabs().map((tab) => tab.textContent)).toEqual(['Usage']);
    expect(document.activeElement).toBe(screen.getByTestId('detail-tab-usage'));
    fireEvent.keyDown(screen.getByTestId('detail-tab-usage'), { key: 'Home' });
    expect(selectedTabs().map((tab) => tab.textContent)).toEqual(['Conversation']);
    fireEvent.keyDown(screen.getByTestId('detail-tab-conversation'), { key: 'ArrowLeft' });
    const last = screen.getAllByRole('tab').at(-1);
    expect(selectedTabs()).toEqual([last]);
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'End' });
    expect(selectedTabs()).toEqual([last]);
  });

  it('keeps the chosen tab when another exchange is selected', () => {
    renderPanel([textExchange, toolsExchange]);
    selectRow(0);
    fireEvent.click(screen.getByTestId('detail-tab-usage'));
    expect(screen.getByTestId('detail-tabpanel-usage').hidden).toBe(false);
    selectRow(1);
    expect(screen.getByTestId('exchange-detail').dataset.exchangeId).toBe('tools');
    expect(selectedTabs().map((tab) => tab.textContent)).toEqual(['Usage']);
    expect(screen.getByTestId('detail-tabpanel-usage').hidden).toBe(false);
  });
});
