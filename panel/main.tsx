import { render } from 'preact';
import { decodeExchange } from '../decode/index';
import { devtoolsThemeSource } from '../extension/devtoolsTheme';
import { connectToDevtoolsPage } from '../extension/panelConnection';
import { App } from './components/App';
import { createPanelStore } from './store/panelStore';
import { describeError } from './store/exchangeEntry';
import { pageStorage } from './settings/pageStorage';
import { followTheme } from './theme/applyTheme';

/** The extension's panel page: render at once (the empty state says "Connecting…"), then connect. */
// The DevTools theme first (Chrome's themeName is known at once), so dark DevTools never flashes light.
const stopTheme = followTheme(document.documentElement, devtoolsThemeSource());
window.addEventListener('pagehide', stopTheme, { once: true });
const store = createPanelStore({ decode: decodeExchange, storage: pageStorage(window) });
const root = document.getElementById('app');
if (root === null) throw new Error('panel.html has no #app element');
render(<App store={store} />, root);

connectToDevtoolsPage().then(
  (source) => {
    const disconnect = store.actions.connect(source);
    window.addEventListener('pagehide', disconnect, { once: true });
  },
  (error: unknown) => {
    store.actions.connectionFailed(describeError(error));
  },
);
