import type { PanelBrowser } from '../panelBrowser';
import { useStore } from '../store/storeContext';
import { GearIcon } from './icons/GearIcon';
import './emptyState.css';

type Props = { readonly browser: PanelBrowser };

/** Shown while nothing is captured: what the panel records and what to do when nothing shows. */
export function EmptyState({ browser }: Props) {
  const store = useStore();
  const listening = store.listening.value;
  const connectionError = store.connectionError.value;
  return (
    <div class="empty-state" data-testid="empty-state">
      <h2 class="empty-state__title">{listening ? 'No LLM requests yet' : 'Connecting to DevTools…'}</h2>
      {connectionError === null ? null : (
        <p class="notice notice--error" role="alert" data-testid="connection-error">
          Could not connect to the DevTools page: {connectionError}
        </p>
      )}
      <p>
        This panel records the <strong>LLM requests</strong> made by the inspected page: OpenAI's <code>/v1/chat/completions</code> and
        compatible APIs (Azure OpenAI, Groq, Mistral, OpenRouter, vLLM, LM Studio and others), the OpenAI Responses API, Anthropic Messages,
        Gemini, the Vercel AI SDK's streams (<code>useChat</code>) and Ollama, answered as JSON or as a stream.
      </p>
      <p>Nothing shows?</p>
      <ul class="empty-state__tips" data-testid="empty-state-tips" data-browser={browser}>
        {browser === 'firefox' ? <FirefoxReloadTip /> : <ChromeReloadTip />}
        <li>A stream appears once it has finished: the browser hands over a response only when it is complete.</li>
        <li>
          Your app calls its LLM through a gateway on its own path? Add the path's URL pattern in the settings (
          <GearIcon class="empty-state__icon" /> in the toolbar).
        </li>
        <li>
          With <strong>Preserve log</strong> off, loading a new document in the page starts a new log, as in the Network panel.
        </li>
      </ul>
    </div>
  );
}

/**
 * Chrome: capture starts when DevTools opens (the devtools page), and getHAR hands over what
 * DevTools logged before that; a request that finished before DevTools was opened is in neither.
 */
function ChromeReloadTip() {
  return (
    <li>
      Reload the inspected page with DevTools open (<kbd>Ctrl</kbd>+<kbd>R</kbd> or <kbd>⌘</kbd>+<kbd>R</kbd>), then send a chat request.
      Requests that finished before DevTools was opened on this tab are not in its log and cannot be shown.
    </li>
  );
}

/**
 * Firefox: its network monitor starts with the toolbox on a tab (ESR 153 starts it for the devtools
 * page's own first getHAR, extension/captureStatus.ts), so what came before cannot be shown. The
 * old advice to open the Network panel once applied before Firefox 61; the manifest asks for 142.
 */
function FirefoxReloadTip() {
  return (
    <li>
      Reload the inspected page with the toolbox open (<kbd>Ctrl</kbd>+<kbd>R</kbd> or <kbd>⌘</kbd>+<kbd>R</kbd>), then send a chat request.
      Requests made before the toolbox was opened on this tab cannot be shown.
    </li>
  );
}
