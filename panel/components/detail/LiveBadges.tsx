import type { CapturedExchange } from '../../../decode/index';

/** How a report that ended without the whole body says so; "stopped": Live was turned off mid-stream. */
const ENDED_LABELS: Readonly<Record<NonNullable<CapturedExchange['tapped']>['outcome'], string | null>> = {
  'in-flight': null,
  complete: null,
  aborted: 'aborted by the page',
  error: 'failed in the page',
  stopped: 'live capture stopped',
};

/**
 * What the Live tap says of an exchange (issue 14), in the detail's heading: in flight, aborted or
 * failed as the page saw it, and "reported by the page" until the browser's own record of the
 * request has replaced the body (the page could have forged what it reported).
 */
export function LiveBadges({ captured }: { readonly captured: CapturedExchange }) {
  const tapped = captured.tapped;
  if (tapped === undefined) return null;
  const ended = ENDED_LABELS[tapped.outcome];
  return (
    <>
      {tapped.outcome === 'in-flight' ? (
        <span
          class="badge badge--live"
          data-testid="detail-live-in-flight"
          title="Still arriving: the contract is checked when the stream ends"
        >
          in flight
        </span>
      ) : null}
      {ended === null ? null : (
        <span class="badge badge--warning" data-testid="detail-live-ended" data-outcome={tapped.outcome} title={tapped.message ?? ended}>
          {ended}
        </span>
      )}
      {tapped.confirmed ? null : (
        <span
          class="badge badge--warning"
          data-testid="detail-live-unconfirmed"
          data-browser-body={tapped.browserBodyMissing === true ? 'missing' : undefined}
          title={
            tapped.browserBodyMissing === true
              ? "The browser's record of this request came without its body: the body shown is what the inspected page reported"
              : "Live data is what the inspected page reported; the browser's record replaces it when the request finishes"
          }
        >
          reported by the page
        </span>
      )}
    </>
  );
}
