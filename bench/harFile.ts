import { closeSync, openSync, writeSync } from 'node:fs';
import type { RecordedBody } from '../demo/fixtures';
import { CHAT_URL } from '../testing/exchanges';

/**
 * HAR 1.2 files of N chat-completion exchanges made of the recorded bodies, taken in turn, as
 * Chrome's "Save all as HAR" writes them. Written entry by entry, so a 200 MB HAR never sits in
 * memory as one string.
 */

const requestBodyFor = (body: RecordedBody): string =>
  JSON.stringify({ model: 'gpt-4o', stream: body.kind === 'sse', messages: [{ role: 'user', content: 'Say hello.' }] });

export const harEntry = (body: RecordedBody, index: number): unknown => {
  const requestBody = requestBodyFor(body);
  return {
    startedDateTime: new Date(Date.UTC(2025, 0, 1) + index * 1000).toISOString(),
    time: 120,
    request: {
      method: 'POST',
      url: CHAT_URL,
      httpVersion: 'HTTP/1.1',
      headers: [{ name: 'content-type', value: 'application/json' }],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: requestBody.length,
      postData: { mimeType: 'application/json', text: requestBody },
    },
    response: {
      status: body.status,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      headers: [{ name: 'content-type', value: body.mimeType }],
      cookies: [],
      content: { size: body.text.length, mimeType: body.mimeType, text: body.text },
      redirectURL: '',
      headersSize: -1,
      bodySize: body.text.length,
    },
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0, wait: 100, receive: 20 },
  };
};

/** Writes a HAR of `entries` exchanges, the bodies used in turn; returns its size in bytes. */
export const writeHar = (path: string, bodies: readonly RecordedBody[], entries: number): number => {
  const file = openSync(path, 'w');
  try {
    let bytes = writeSync(file, '{"log":{"version":"1.2","creator":{"name":"llm-inspect bench","version":"1"},"entries":[');
    for (let index = 0; index < entries; index += 1) {
      const body = bodies[index % bodies.length];
      if (body === undefined) break;
      bytes += writeSync(file, `${index === 0 ? '' : ','}${JSON.stringify(harEntry(body, index))}`);
    }
    return bytes + writeSync(file, ']}}\n');
  } finally {
    closeSync(file);
  }
};
