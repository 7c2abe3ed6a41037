/**
 * How a copy ended: through the async Clipboard API, through the legacy `execCommand('copy')`
 * fallback, or not at all (the browser refused both).
 */
export type CopyOutcome = 'clipboard' | 'execCommand' | 'failed';

/**
 * Puts `text` on the system clipboard from a DevTools panel. Call it from a click handler: the
 * fallback needs the user's gesture.
 *
 * `navigator.clipboard.writeText` is tried first. An extension panel is an iframe inside the
 * DevTools page, so whether it may write depends on the browser delegating `clipboard-write` to
 * that iframe and on the panel having focus; where it is refused (the call rejects with
 * NotAllowedError), the text is selected in an off-screen textarea and copied with
 * `document.execCommand('copy')`, which browsers still honour during a user gesture without any
 * permission (MDN: Firefox needs the gesture). e2e/raw.spec.ts checks both paths in real DevTools:
 * Debian's Chromium 156 allows the Clipboard API in the panel, and the fallback is tested there
 * with the API made to refuse.
 */
export async function copyText(text: string, doc: Document = document): Promise<CopyOutcome> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard !== undefined && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return 'clipboard';
    } catch {
      // Refused (permissions policy, no focus); the legacy path below usually still works.
    }
  }
  return copyWithTextarea(text, doc) ? 'execCommand' : 'failed';
}

/** The legacy path: select the text in a textarea nobody sees, copy, restore focus and selection. */
export function copyWithTextarea(text: string, doc: Document = document): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  // readOnly keeps mobile keyboards and IMEs away; the element is out of sight but still selectable
  // (display:none or visibility:hidden would make the selection empty).
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  // Set through CSSOM, which the panel's `style-src 'self'` CSP allows (a style attribute it would not).
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '-9999px';
  area.style.opacity = '0';
  const previousFocus = doc.activeElement;
  const selection = doc.getSelection();
  const previousRange = selection !== null && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  doc.body.appendChild(area);
  try {
    area.focus();
    area.select();
    area.setSelectionRange(0, text.length);
    // Deprecated, but the only copy path left when the Clipboard API is refused (see above).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (previousFocus instanceof HTMLElement) previousFocus.focus();
    if (previousRange !== null && selection !== null) {
      selection.removeAllRanges();
      selection.addRange(previousRange);
    }
  }
}
