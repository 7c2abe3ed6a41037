import { vi } from 'vitest';

export interface CapturedDownload {
  name: string;
  text: Promise<string>;
}

/**
 * Catches the files the panel saves (`downloadText`: a Blob URL clicked through `<a download>`),
 * since happy-dom neither downloads nor keeps Blob URLs. Call in `beforeEach`; `vi.restoreAllMocks()`
 * undoes it. The returned array fills as the panel saves files, newest last.
 */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob !== undefined) downloads.push({ name: this.download, text: blob.text() });
  });
  return downloads;
}
