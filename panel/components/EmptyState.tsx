import { useStore } from '../store/storeContext';
import './emptyState.css';

/** Shown while nothing is captured: what the panel records and what to do when nothing shows. */
export function EmptyState() {
  const store = useStore();
  const listening = store.listening.value;
  const connectionError = store.connectionError.value;
  return (
    <div class="empty-state" data-testid="empty-state">
      <h2 class="empty-state__title">{listening ? 'No chat-completion requests yet' : 'Connecting to DevTools…'}</h2>
      {connectionError === null ? null : (
        <p class="notice notice--error" role="alert" data-testid="connection-error">
          Could not connect to the DevTools page: {connectionError}
        </p>
      )}
      <p>
        This panel records <strong>chat-completion requests</strong> made by the inspected page: calls to OpenAI's{' '}
        <code>/v1/chat/completions</code> and to compatible APIs (Azure OpenAI, Groq, Mistral, OpenRouter, Ollama,
        vLLM, LM Studio and others), answered as JSON or as a stream.
      </p>
      <p>Nothing shows?</p>
      <ul class="empty-state__tips" data-testid="empty-state-tips">
        <li>
          Reload the inspected page with DevTools open (<kbd>Ctrl</kbd>+<kbd>R</kbd> or <kbd>⌘</kbd>+<kbd>R</kbd>), then
          send a chat request. Requests that finished before DevTools opened may not be available.
        </li>
        <li>A stream appears once it has finished: the browser hands over a response only when it is complete.</li>
        <li>
          Firefox: requests made before the toolbox was opened on this tab cannot be shown; reload the page. If
          nothing appears even then, open the <strong>Network</strong> panel once (older Firefox versions record
          nothing for extensions until it has been opened).
        </li>
        <li>
          Your endpoint does not end in <code>/chat/completions</code>? Add its URL pattern in the settings (
          <span aria-hidden="true">⚙</span> in the toolbar).
        </li>
        <li>
          With <strong>Preserve log</strong> off, loading a new document in the page starts a new log, as in the Network
          panel.
        </li>
      </ul>
    </div>
  );
}
