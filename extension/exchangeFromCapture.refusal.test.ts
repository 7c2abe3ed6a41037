import { isRight } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { HarEntry } from '../decode/index';
import { exchangeFromCapture } from './exchangeFromCapture';

/**
 * exchangeFromCapture checks an entry with `HarEntry.is` (no allocation) instead of `decode`: a
 * value from the page is refused exactly when the codec's decode refuses it, and nothing it refuses
 * reaches the panel.
 */
const valid = () => ({
  startedDateTime: '2026-01-01T00:00:00.000Z',
  time: 40,
  request: {
    method: 'POST',
    url: 'https://api.openai.com/v1/chat/completions',
    headers: [{ name: 'Content-Type', value: 'application/json' }],
    postData: { text: '{"model":"gpt-4o-mini","messages":[]}' },
  },
  response: {
    status: 200,
    headers: [{ name: 'content-type', value: 'application/json' }],
    content: { mimeType: 'application/json', size: 7 },
  },
  timings: { wait: 30 },
});

type Entry = ReturnType<typeof valid>;
/** One field of a valid entry made wrong, as a hostile or broken page could. */
const broken: Record<string, (entry: Entry) => unknown> = {
  'no request': ({ request: _request, ...rest }) => rest,
  'request is a string': (entry) => ({ ...entry, request: 'POST /v1' }),
  'url is a number': (entry) => ({ ...entry, request: { ...entry.request, url: 42 } }),
  'method is missing': (entry) => ({ ...entry, request: { url: entry.request.url } }),
  'request header value is a number': (entry) => ({ ...entry, request: { ...entry.request, headers: [{ name: 'x', value: 1 }] } }),
  'request headers are an object': (entry) => ({ ...entry, request: { ...entry.request, headers: { name: 'x', value: 'y' } } }),
  'postData text is an object': (entry) => ({ ...entry, request: { ...entry.request, postData: { text: { a: 1 } } } }),
  'response is an array': (entry) => ({ ...entry, response: [] }),
  'status is a string': (entry) => ({ ...entry, response: { ...entry.response, status: '200' } }),
  'response headers hold one without a name': (entry) => ({ ...entry, response: { ...entry.response, headers: [{ value: 'a' }] } }),
  'response headers hold a null': (entry) => ({ ...entry, response: { ...entry.response, headers: [null] } }),
  'content text is a number': (entry) => ({ ...entry, response: { ...entry.response, content: { text: 5 } } }),
  'mimeType is null': (entry) => ({ ...entry, response: { ...entry.response, content: { mimeType: null } } }),
  'time is a string': (entry) => ({ ...entry, time: 'slow' }),
  'startedDateTime is a Date': (entry) => ({ ...entry, startedDateTime: new Date(0) }),
  'timings is an array': (entry) => ({ ...entry, timings: [1, 2] }),
  'shape is an array': (entry) => [entry],
  'value is null': () => null,
};

const capture = (entry: unknown) => ({
  id: 'c1',
  source: 'live' as const,
  capturedAt: 0,
  entry,
  content: { via: 'callback' as const, args: ['{"a":1}', ''] },
});

describe('exchangeFromCapture refuses what the HAR codec refuses', () => {
  it('lists a valid entry, and one with vendor fields, a null body text and timings of any shape inside', () => {
    expect(exchangeFromCapture(capture(valid()))?.url).toBe('https://api.openai.com/v1/chat/completions');
    const extra = { ...valid(), _resourceType: 'fetch', response: { status: 200, content: { text: null } }, timings: { _x: 'y' } };
    expect(exchangeFromCapture(capture(extra))?.status).toBe(200);
  });

  for (const [name, make] of Object.entries(broken)) {
    it(`refuses an entry whose ${name}, as HarEntry.decode does`, () => {
      const entry = make(valid());
      expect(isRight(HarEntry.decode(entry))).toBe(false);
      expect(exchangeFromCapture(capture(entry))).toBeNull();
    });
  }
});
