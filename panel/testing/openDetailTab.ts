import { fireEvent, screen } from '@testing-library/preact';
import type { CapturedExchange } from '../../decode/index';
import { renderPanel } from './renderPanel';
import type { RenderPanelOptions } from './renderPanel';

/**
 * Renders the panel with these exchanges, selects the first, opens the detail tab with that id
 * (`conversation`, `response`, `usage`, ...) and returns its tab panel plus the rendered panel.
 */
export function openDetailTab(exchanges: readonly CapturedExchange[], tabId: string, options: RenderPanelOptions = {}) {
  const rendered = renderPanel(exchanges, options);
  const [row] = screen.getAllByTestId('exchange-row');
  if (row === undefined) throw new Error('the exchange got no row');
  fireEvent.click(row);
  fireEvent.click(screen.getByTestId(`detail-tab-${tabId}`));
  return { ...rendered, panel: screen.getByTestId(`detail-tabpanel-${tabId}`) };
}
