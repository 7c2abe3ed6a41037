import './lazy.css';

/** What stands in for a view while its code loads (a frame or so): says so, never a blank. */
export function LoadingNote({ what }: { readonly what: string }) {
  return (
    <p class="lazy-loading muted" data-testid="lazy-loading" role="status">
      Loading {what}…
    </p>
  );
}
