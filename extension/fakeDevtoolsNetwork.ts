import type { BrowserEvent, DevtoolsNetwork } from './capture';

/** A stand-in for `browser.devtools.network` in unit tests: fire events, answer getHAR. */
export class FakeEvent<Listener extends (...args: never[]) => void> implements BrowserEvent<Listener> {
  readonly listeners = new Set<Listener>();
  addListener(listener: Listener): void {
    this.listeners.add(listener);
  }
  removeListener(listener: Listener): void {
    this.listeners.delete(listener);
  }
  fire(...args: Parameters<Listener>): void {
    for (const listener of this.listeners) listener(...args);
  }
}

export class FakeDevtoolsNetwork implements DevtoolsNetwork {
  readonly onRequestFinished = new FakeEvent<(request: unknown) => void>();
  readonly onNavigated = new FakeEvent<(url: string) => void>();
  constructor(
    private readonly harAnswer: (callback: (...args: unknown[]) => void) => unknown = (callback) => {
      callback({ entries: [] });
    },
  ) {}
  getHAR(callback: (...args: unknown[]) => void): unknown {
    return this.harAnswer(callback);
  }
}

/** A HAR entry the way Chrome hands it to onRequestFinished, with a callback-style getContent. */
export function chromeRequest(options: {
  url: string;
  status?: number;
  mimeType?: string;
  body: string | null;
  encoding?: string;
  startedDateTime?: string;
  requestBody?: string;
}): Record<string, unknown> {
  return {
    startedDateTime: options.startedDateTime ?? '2026-11-25T10:00:00.000Z',
    time: 812.5,
    request: {
      method: 'POST',
      url: options.url,
      headers: [
        { name: 'Content-Type', value: 'application/json' },
        { name: 'Authorization', value: 'Bearer sk-test-1234' },
      ],
      postData: { mimeType: 'application/json', text: options.requestBody ?? '{"model":"gpt-4o-mini","messages":[]}' },
    },
    response: {
      status: options.status ?? 200,
      headers: [{ name: 'content-type', value: options.mimeType ?? 'application/json' }],
      content: { size: 10, mimeType: options.mimeType ?? 'application/json' },
    },
    timings: { blocked: 1.5, dns: -1, connect: -1, ssl: -1, send: 0.2, wait: 640.1, receive: 170.7 },
    getContent(callback: (content: string | null, encoding: string) => void) {
      callback(options.body, options.encoding ?? '');
    },
  };
}
