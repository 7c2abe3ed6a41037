import { render } from 'preact';
import { decodeExchange } from '../../decode/index';
import { App } from '../components/App';
import { createPanelStore } from '../store/panelStore';
import { createFakeNetworkSource } from '../testing/fakeNetworkSource';
import { shellExchanges } from './shellExchanges';

/**
 * The real panel in an ordinary page, fed by a fake NetworkSource: for development and for UI
 * checks that need no DevTools. `?empty` starts with nothing captured; `?select=<id>` opens one.
 */
const params = new URLSearchParams(window.location.search);
const fake = createFakeNetworkSource(params.has('empty') ? [] : shellExchanges());
const store = createPanelStore({ decode: (exchange) => decodeExchange(exchange) });
const root = document.getElementById('app');
if (root === null) throw new Error('shell.html has no #app element');
render(<App store={store} />, root);
store.actions.connect(fake.source);
const selected = params.get('select');
if (selected !== null) store.actions.select(selected);
