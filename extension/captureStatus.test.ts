import { describe, expect, it } from 'vitest';
import { startCapture } from './capture';
import { browserOfPage, type CaptureStatus } from './captureStatus';
import { CaptureBuffer } from './captureBuffer';
import { FakeDevtoolsNetwork, chromeRequest } from './fakeDevtoolsNetwork';
import { settle } from '../testing/settle';

function statusesOf(buffer: CaptureBuffer): CaptureStatus[] {
  const seen: CaptureStatus[] = [];
  buffer.onCaptureStatus((status) => {
    seen.push(status);
  });
  return seen;
}

describe('browserOfPage', () => {
  it('knows Firefox by its moz-extension: pages and takes anything else for Chrome', () => {
    expect(browserOfPage('moz-extension://0c8e5c4e-1111-4222-8333-444455556666/extension/devtools.html')).toBe('firefox');
    expect(browserOfPage('chrome-extension://abcdefghijklmnopabcdefghijklmnop/extension/devtools.html')).toBe('chrome');
  });
});

describe('capture status', () => {
  it('starts pending, then tells how many requests getHAR had logged before capture began', async () => {
    const early = chromeRequest({ url: 'https://api.openai.com/v1/chat/completions', body: '{}' });
    const buffer = new CaptureBuffer(100, 'chrome');
    const seen = statusesOf(buffer);
    startCapture(
      new FakeDevtoolsNetwork((callback) => {
        callback({ entries: [early, early] });
      }),
      buffer,
    );
    await settle();
    await settle();
    expect(seen).toEqual([
      { browser: 'chrome', backfill: { state: 'pending' } },
      { browser: 'chrome', backfill: { state: 'done', entries: 2 } },
    ]);
  });

  it("reports Firefox's empty getHAR log (its Promise of the log) as done with 0 entries", async () => {
    const buffer = new CaptureBuffer(100, 'firefox');
    startCapture(
      new FakeDevtoolsNetwork(() => Promise.resolve({ version: '1.2', creator: {}, browser: {}, pages: [], entries: [] })),
      buffer,
    );
    await settle();
    await settle();
    const seen = statusesOf(buffer);
    expect(seen).toEqual([{ browser: 'firefox', backfill: { state: 'done', entries: 0 } }]);
  });

  it('reports a getHAR that fails or answers nonsense as failed, with the reason', async () => {
    const rejected = new CaptureBuffer();
    startCapture(new FakeDevtoolsNetwork(() => Promise.reject(new Error('toolbox closed'))), rejected);
    const nonsense = new CaptureBuffer();
    startCapture(
      new FakeDevtoolsNetwork((callback) => {
        callback('not a HAR log');
      }),
      nonsense,
    );
    await settle();
    await settle();
    expect(statusesOf(rejected)[0]?.backfill).toEqual({ state: 'failed', reason: 'toolbox closed' });
    expect(statusesOf(nonsense)[0]?.backfill).toEqual({
      state: 'failed',
      reason: 'getHAR answered in a shape this extension does not know',
    });
  });

  it('stops telling a listener once it unsubscribed', () => {
    const buffer = new CaptureBuffer();
    const seen: CaptureStatus[] = [];
    const stop = buffer.onCaptureStatus((status) => {
      seen.push(status);
    });
    stop();
    buffer.backfilled({ state: 'done', entries: 3 });
    expect(seen).toEqual([{ browser: 'chrome', backfill: { state: 'pending' } }]);
  });
});
