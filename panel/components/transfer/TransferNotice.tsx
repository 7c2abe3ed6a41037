import { useEffect } from 'preact/hooks';
import { useStore } from '../../store/storeContext';

/** How long a success line stays; errors stay until dismissed so they can be read. */
const INFO_MS = 5000;

/** The last copy, export or import result, in the toolbar. */
export function TransferNotice() {
  const transfer = useStore().transfer;
  const notice = transfer.notice.value;
  useEffect(() => {
    if (notice?.kind !== 'info') return undefined;
    const timer = setTimeout(() => {
      if (transfer.notice.peek() === notice) transfer.actions.report(null);
    }, INFO_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [notice, transfer]);
  if (notice === null) return null;
  return (
    <span
      class={`transfer-notice transfer-notice--${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="transfer-notice"
      data-kind={notice.kind}
      title={notice.text}
    >
      <span class="transfer-notice__text">{notice.text}</span>
      <button
        type="button"
        class="transfer-notice__dismiss"
        aria-label="Dismiss"
        data-testid="transfer-notice-dismiss"
        onClick={() => {
          transfer.actions.report(null);
        }}
      >
        ×
      </button>
    </span>
  );
}
