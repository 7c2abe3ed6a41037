import { render } from 'preact';
import { decodeExchange } from '../../decode/index';
import { App } from '../components/App';
import { createPanelStore } from '../store/panelStore';
import { pageStorage } from '../settings/pageStorage';
import { applyTheme } from '../theme/applyTheme';
import { createFakeNetworkSource } from '../testing/fakeNetworkSource';
import { handMadeDecoder, handMadeExchanges } from '../testing/formatExchanges';
import { schemaExchanges } from '../testing/schemaExchanges';
import { shellExchanges } from './shellExchanges';

/**
 * The real panel in an ordinary page, fed by a fake NetworkSource: for development and for UI
 * checks that need no DevTools. `?empty` starts with nothing captured; `?select=<id>` opens one;
 * `?theme=dark` or `?theme=light` picks the theme (else the OS's, as there is no DevTools to follow);
 * `?browser=firefox` gives Firefox's tips in the empty state (else Chrome's); `?formats` adds the
 * hand-made exchanges of the other wire formats (testing/formatExchanges.ts: Anthropic, AI SDK,
 * Ollama) with their decodings as written; `?schemas` adds exchanges whose responses break their
 * requests' JSON Schemas (testing/schemaExchanges.ts, issue 15).
 */
const params = new URLSearchParams(window.location.search);
const withFormats = params.has('formats');
const withSchemas = params.has('schemas');
const handMade = [...(withFormats ? handMadeExchanges : []), ...(withSchemas ? schemaExchanges : [])];
const exchanges = params.has('empty') ? [] : [...shellExchanges(), ...handMade.map(({ captured }) => captured)];
const fake = createFakeNetworkSource(exchanges);
const theme = params.get('theme') ?? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
applyTheme(document.documentElement, theme === 'dark' ? 'dark' : 'light');
const store = createPanelStore({
  decode: handMade.length > 0 ? handMadeDecoder(decodeExchange, handMade) : decodeExchange,
  storage: pageStorage(window),
});
const root = document.getElementById('app');
if (root === null) throw new Error('shell.html has no #app element');
render(<App store={store} browser={params.get('browser') === 'firefox' ? 'firefox' : 'chrome'} />, root);
store.actions.connect(fake.source);
const selected = params.get('select');
if (selected !== null) store.actions.select(selected);
