import { describe, expect, it } from 'vitest';
import { fixtureNames, readFixtureBytes } from '../testing/fixtureFiles';
import { describeFixture, listFixtures, recordedBodies, splitSseEvents } from './fixtures';

describe('describeFixture', () => {
  it('reads the HTTP status from an error fixture name, with or without words before it', () => {
    expect(describeFixture('openrouter-error-429-1.json')).toEqual({ name: 'openrouter-error-429-1.json', kind: 'error', status: 429 });
    expect(describeFixture('azure-error-content-filter-400-1.json')).toEqual({
      name: 'azure-error-content-filter-400-1.json',
      kind: 'error',
      status: 400,
    });
  });

  it('treats a mid-stream error recording as an ordinary 200 stream', () => {
    expect(describeFixture('groq-stream-error-1.sse')).toEqual({ name: 'groq-stream-error-1.sse', kind: 'stream', status: 200 });
  });

  it('ignores files that are not bodies', () => {
    expect(describeFixture('SOURCES.tsv')).toBeNull();
  });
});

describe('listFixtures', () => {
  it('finds the 105 recorded bodies: 51 JSON, 45 streams, 9 errors (wire-formats.md section 4)', () => {
    const kinds = [...listFixtures().values()].map((f) => f.kind);
    expect(kinds).toHaveLength(105);
    expect(kinds.filter((k) => k === 'json')).toHaveLength(51);
    expect(kinds.filter((k) => k === 'stream')).toHaveLength(45);
    expect(kinds.filter((k) => k === 'error')).toHaveLength(9);
  });
});

describe('recordedBodies', () => {
  it('reads each body as text: 60 JSON (the 9 errors with their status) and 45 streams', () => {
    const bodies = recordedBodies();
    expect(bodies.filter((body) => body.kind === 'json' && body.mimeType === 'application/json')).toHaveLength(60);
    expect(bodies.filter((body) => body.kind === 'sse' && body.mimeType === 'text/event-stream')).toHaveLength(45);
    expect(bodies.filter((body) => body.status !== 200)).toHaveLength(9);
    const error = bodies.find((body) => body.name === 'groq-error-404-1.json');
    expect(error?.status).toBe(404);
    expect(JSON.parse(error?.text ?? 'null')).toMatchObject({
      error: { message: 'The model `non-existent` does not exist or you do not have access to it.' },
    });
  });
});

describe('splitSseEvents', () => {
  it('cuts a stream into its events, each ending with its blank line', () => {
    const events = splitSseEvents(Buffer.from('data: {"a":1}\n\ndata: {"b":"é"}\n\n\ndata: [DONE]\n\n'));
    expect(events.map((e) => e.toString('utf8'))).toEqual(['data: {"a":1}\n\n', 'data: {"b":"é"}\n\n\n', 'data: [DONE]\n\n']);
  });

  it('keeps CRLF framing and a last event without a blank line', () => {
    const events = splitSseEvents(Buffer.from('event: x\r\ndata: 1\r\n\r\ndata: 2'));
    expect(events.map((e) => e.toString('utf8'))).toEqual(['event: x\r\ndata: 1\r\n\r\n', 'data: 2']);
  });

  it('gives back the exact bytes of every recorded stream', () => {
    for (const name of fixtureNames().filter((n) => n.endsWith('.sse'))) {
      const body = readFixtureBytes(name);
      expect(Buffer.concat(splitSseEvents(body)).equals(body), name).toBe(true);
    }
  });

  it('finds the 34 events of openai-stream-text-1.sse (33 chunks and [DONE])', () => {
    expect(splitSseEvents(readFixtureBytes('openai-stream-text-1.sse'))).toHaveLength(34);
  });
});
