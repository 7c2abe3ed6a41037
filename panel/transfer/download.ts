/**
 * Saves text as a file from the panel page: a Blob URL clicked through an `<a download>`. The
 * panel is an extension page, so this needs no `downloads` permission, and Chrome and Firefox both
 * honour `download` for same-origin blob: URLs. The URL is revoked a little later: revoking it in
 * the same task can cancel the download in Firefox.
 */
export function downloadText(fileName: string, text: string, mimeType: string, doc: Document = document): void {
  const view = doc.defaultView;
  if (view === null) return;
  const url = view.URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.className = 'download-link';
  doc.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => {
    view.URL.revokeObjectURL(url);
  }, 10_000);
}

/** `llm-exchanges-2024-09-26T10-22-21.har`: sortable, and valid on every file system. */
export function exportFileName(extension: 'json' | 'har', now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  return `llm-exchanges-${stamp}.${extension}`;
}
