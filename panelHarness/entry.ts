import type { PanelBenchApi } from './api';
import { startFakeCapture } from './fakeCapture';
import { createIngest } from './ingest';
import { scrollThrough, selectByModel, typeInFilter } from './interactions';

/**
 * The harness bundle's entry: injected (through CDP, which the page's CSP does not govern) into the
 * built panel page opened in a tab. It hands the panel a capture fed by a fake devtools.network and
 * exposes the measurements as `window.llmPanelBench`.
 */
const ingest = createIngest(startFakeCapture(window));

const api: PanelBenchApi = { prepare: ingest.prepare, ingest: ingest.ingest, typeInFilter, scrollThrough, selectByModel };
window.llmPanelBench = api;
