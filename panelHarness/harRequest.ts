import { nextTask } from './frames';
import { EXCHANGE_NUMBER } from './traffic';
import type { TrafficTemplate } from './traffic';

/**
 * One finished request as `chrome.devtools.network.onRequestFinished` hands it over: a HAR entry
 * plus a callback-style `getContent` (Chrome's shape). It answers in a later task, as the real one
 * does after its round trip to the DevTools frontend, or (`sameTask`) within the caller's task.
 */
export interface FakeRequest {
  readonly startedDateTime: string;
  readonly time: number;
  readonly request: unknown;
  readonly response: unknown;
  readonly timings: Readonly<Record<string, number>>;
  /** Characters of request and response body together (not part of the HAR entry; for the heap figures). */
  readonly bodyChars: number;
  /** The same bodies' bytes in UTF-8 (what the panel holds them as, issue 16). */
  readonly bodyBytes: number;
  getContent(callback: (content: string | null, encoding: string) => void): void;
}

const SESSION_START = Date.UTC(2026, 10, 25, 9, 0, 0);

/**
 * Each copy is its own string, as every body the browser hands over is: the response id gets the
 * exchange's number, or (no id to change) the body is copied. `(' ' + body).slice(1)` copies
 * because V8 flattens the concatenation into a new string before slicing it.
 */
const bodyCopy = (template: TrafficTemplate, n: number): string =>
  template.responseId === null
    ? ` ${template.body}`.slice(1)
    : template.body.split(JSON.stringify(template.responseId)).join(JSON.stringify(`${template.responseId}-${n}`));

/** UTF-8 length without encoding (encoding hands the string to Blink, which then shares it with the panel's copy). */
const utf8Length = (text: string): number => {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
};

export const fakeRequest = (template: TrafficTemplate, n: number, sameTask = false): FakeRequest => {
  const body = bodyCopy(template, n);
  const requestBody = template.requestBody.split(EXCHANGE_NUMBER).join(String(n));
  const wait = Math.round(template.durationMs * 0.4);
  return {
    startedDateTime: new Date(SESSION_START + n * 350).toISOString(),
    time: template.durationMs,
    request: {
      method: 'POST',
      url: template.url,
      httpVersion: 'HTTP/1.1',
      headers: [
        { name: 'Content-Type', value: 'application/json' },
        { name: 'Authorization', value: 'Bearer sk-bench-0000000000000000' },
        { name: 'Accept', value: template.mimeType === 'text/event-stream' ? 'text/event-stream' : 'application/json' },
      ],
      postData: { mimeType: 'application/json', text: requestBody },
    },
    response: {
      status: template.status,
      headers: [{ name: 'content-type', value: template.mimeType }],
      content: { size: body.length, mimeType: template.mimeType },
    },
    timings: { blocked: 1.2, dns: -1, connect: -1, ssl: -1, send: 0.3, wait, receive: template.durationMs - wait - 1.5 },
    bodyChars: body.length + requestBody.length,
    bodyBytes: utf8Length(body) + utf8Length(requestBody),
    getContent(callback) {
      (sameTask ? queueMicrotask : nextTask)(() => {
        callback(body, '');
      });
    },
  };
};
