import type { CapturedExchange } from '../../../decode/index';
import './transfer.css';

/** Marks an exchange that came from an imported HAR file rather than from this page's traffic. */
export function ImportedBadge({ captured, testId }: { readonly captured: CapturedExchange; readonly testId: string }) {
  if (captured.source !== 'imported') return null;
  return (
    <span class="badge imported-badge" data-testid={testId} title="Imported from a HAR file">
      imported
    </span>
  );
}
