import { tokenCountText } from '../../format/tokens';
import { useStore } from '../../store/storeContext';

/**
 * "1,234 dropped" once the memory limits have dropped older exchanges, so a short log is never
 * mistaken for a quiet page. Nothing at all until then. The title says why and where to change it.
 */
export function DroppedCount() {
  const store = useStore();
  const dropped = store.dropped.value;
  if (dropped === 0) return null;
  const { maxExchanges, maxBodyMegabytes } = store.settings.limits.value;
  const title =
    `The oldest ${tokenCountText(dropped, '0')} ${dropped === 1 ? 'request was' : 'requests were'} dropped to keep at most ` +
    `${tokenCountText(maxExchanges, '0')} requests and ${tokenCountText(maxBodyMegabytes, '0')} MB of body text in memory. ` +
    'Change the limits under Settings (the gear), Memory. Clear starts the count again.';
  return (
    <span class="toolbar__text toolbar__dropped" title={title} data-testid="dropped-count">
      {`${tokenCountText(dropped, '0')} dropped`}
    </span>
  );
}
