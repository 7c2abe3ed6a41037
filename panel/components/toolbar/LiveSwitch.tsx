import { useStore } from '../../store/storeContext';
import type { LiveStatus } from '../../source';

/** What the switch says it does, plainly, and where it cannot. */
export const LIVE_TITLE =
  'Live: wraps fetch in this page while DevTools is open (XMLHttpRequest and EventSource too, top frame only) to show streams as they arrive. ' +
  'Off stops at once; the wrapper goes with the next navigation. Cannot run on browser pages or store pages.';
const RELOAD_TITLE =
  'Reload the page with the Live tap installed before its own scripts run (for SDKs that keep a reference to fetch from startup)';

/** Why the page's answers were not shown, when the tap was forged or broke: a count, never what it sent. */
function rejectedNote(status: LiveStatus): string | null {
  if (status.rejectedDrains === 0) return null;
  return `${status.rejectedDrains} answer${status.rejectedDrains === 1 ? '' : 's'} from the page ignored`;
}

/**
 * The Live switch (issue 14): off by default, remembered per inspected origin; "Reload and capture"
 * beside it; and what the page refused or forged. Shown only where a LiveSource is connected (the
 * extension), not for HAR files or in the shell.
 */
export function LiveSwitch() {
  const { live } = useStore();
  if (!live.available.value) return null;
  const on = live.enabled.value;
  const status = live.status.value;
  const unavailable = on ? (status?.unavailable ?? null) : null;
  const rejected = status === null ? null : rejectedNote(status);
  return (
    <span class="live-switch">
      <button
        type="button"
        class="quick-toggle live-switch__toggle"
        aria-pressed={on}
        title={LIVE_TITLE}
        data-testid="live-toggle"
        onClick={() => {
          live.actions.setEnabled(!on);
        }}
      >
        <span class="live-switch__dot" aria-hidden="true" />
        Live
      </button>
      <button
        type="button"
        class="quick-toggle"
        title={RELOAD_TITLE}
        data-testid="live-reload-capture"
        onClick={() => {
          live.actions.reloadAndCapture();
        }}
      >
        Reload and capture
      </button>
      {unavailable === null ? null : (
        <span class="live-switch__note live-switch__note--warning" role="status" title={unavailable} data-testid="live-unavailable">
          Live cannot run on this page
        </span>
      )}
      {on && rejected !== null ? (
        <span class="live-switch__note live-switch__note--warning" title={status?.lastRejection ?? ''} data-testid="live-rejected">
          {rejected}
        </span>
      ) : null}
      {on && status !== null && status.droppedChunks > 0 ? (
        <span
          class="live-switch__note"
          title="The tap's buffer in the page was full; the browser's record replaces the body when the request ends"
          data-testid="live-dropped"
        >
          {status.droppedChunks} chunks dropped
        </span>
      ) : null}
    </span>
  );
}
