import { render } from 'preact';
import { decodeExchange } from '../decode/index';
import { connectToDevtoolsPage } from '../extension/panelConnection';
import { App } from './components/App';
import { createPanelStore } from './store/panelStore';
import { describeError } from './store/exchangeEntry';

/** The extension's panel page: render at once (the empty state says "Connecting…"), then connect. */
const store = createPanelStore({ decode: (exchange) => decodeExchange(exchange) });
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
