// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import type { PanelBrowser } from '../panelBrowser';
import { createPanelStore } from '../store/panelStore';
import { createFakeNetworkSource } from '../testing/fakeNetworkSource';
import { App } from './App';

afterEach(cleanup);

const tipsIn = (browser?: PanelBrowser): string => {
  const store = createPanelStore({ decode: (exchange) => decodeExchange(exchange) });
  store.actions.connect(createFakeNetworkSource().source);
  render(<App store={store} browser={browser} />);
  return screen.getByTestId('empty-state-tips').textContent;
};

describe('empty state tips', () => {
  it("gives Chrome's tips in Chrome, with nothing about Firefox", () => {
    const tips = tipsIn('chrome');
    expect(tips).toContain('Reload the inspected page with DevTools open');
    expect(tips).toContain('Requests that finished before DevTools was opened on this tab are not in its log');
    expect(tips).not.toMatch(/firefox|toolbox/i);
  });

  it('takes Chrome when no browser is said (the component tests, the shell)', () => {
    expect(tipsIn()).toContain('with DevTools open');
  });

  it("gives Firefox's tips in Firefox, in its words (the toolbox), without advice for versions before 61", () => {
    const tips = tipsIn('firefox');
    expect(tips).toContain('Reload the inspected page with the toolbox open');
    expect(tips).toContain('Requests made before the toolbox was opened on this tab cannot be shown.');
    expect(tips).not.toContain('DevTools');
    expect(tips).not.toContain('Network panel once');
  });

  it('shows the settings gear of the toolbar in the tip that points to the settings', () => {
    tipsIn();
    const tip = within(screen.getByTestId('empty-state-tips')).getByText(/Add the path's URL pattern in the settings/);
    expect(tip.querySelector('svg[data-icon="gear"]')).not.toBeNull();
    const button = screen.getByTestId('settings-button');
    expect(button.getAttribute('aria-label')).toBe('Settings');
    expect(button.querySelector('svg[data-icon="gear"]')).not.toBeNull();
  });
});
