import { describe, expect, it } from 'vitest';
import { chooseFixture } from './fixture-choice';
import type { Fixture } from './fixtures';

const fixtures = new Map<string, Fixture>(
  (
    [
      { name: 'openai-chat-text-1.json', kind: 'json', status: 200 },
      { name: 'openai-stream-text-1.sse', kind: 'stream', status: 200 },
      { name: 'mistral-stream-toolcall-1.sse', kind: 'stream', status: 200 },
      { name: 'groq-chat-text-1.json', kind: 'json', status: 200 },
      { name: 'openrouter-error-429-1.json', kind: 'error', status: 429 },
    ] satisfies Fixture[]
  ).map((f) => [f.name, f]),
);
const named = (name: string) => fixtures.get(name);

describe('chooseFixture', () => {
  it('takes the x-demo-fixture header first, by file name or without the extension', () => {
    expect(chooseFixture({ header: 'groq-chat-text-1.json', model: 'mistral-stream-toolcall-1', stream: false }, fixtures)).toEqual({
      type: 'fixture',
      fixture: named('groq-chat-text-1.json'),
      note: null,
    });
    expect(chooseFixture({ header: 'mistral-stream-toolcall-1', model: undefined, stream: true }, fixtures)).toMatchObject({
      fixture: named('mistral-stream-toolcall-1.sse'),
    });
  });

  it('takes a model named like a fixture when there is no header', () => {
    expect(chooseFixture({ header: undefined, model: 'mistral-stream-toolcall-1', stream: true }, fixtures)).toMatchObject({
      fixture: named('mistral-stream-toolcall-1.sse'),
      note: null,
    });
  });

  it('falls back to the OpenAI text body or stream for an ordinary model name', () => {
    expect(chooseFixture({ header: undefined, model: 'gpt-4o', stream: false }, fixtures)).toMatchObject({
      fixture: named('openai-chat-text-1.json'),
    });
    expect(chooseFixture({ header: undefined, model: 'gpt-4o', stream: true }, fixtures)).toMatchObject({
      fixture: named('openai-stream-text-1.sse'),
    });
  });

  it('replaces a stream fixture for a request that does not stream, with a note', () => {
    const choice = chooseFixture({ header: undefined, model: 'mistral-stream-toolcall-1', stream: false }, fixtures);
    expect(choice).toMatchObject({ type: 'fixture', fixture: named('openai-chat-text-1.json') });
    expect(choice.type === 'fixture' ? choice.note : null).toMatch(/mistral-stream-toolcall-1\.sse.*no stream.*openai-chat-text-1\.json/);
  });

  it('keeps an error fixture whatever the stream flag', () => {
    expect(chooseFixture({ header: 'openrouter-error-429-1.json', model: undefined, stream: true }, fixtures)).toEqual({
      type: 'fixture',
      fixture: named('openrouter-error-429-1.json'),
      note: null,
    });
  });

  it('reports an unknown header value and recognises html-502', () => {
    expect(chooseFixture({ header: 'nope.json', model: undefined, stream: false }, fixtures)).toEqual({
      type: 'not-found',
      name: 'nope.json',
    });
    expect(chooseFixture({ header: 'html-502', model: undefined, stream: true }, fixtures)).toEqual({ type: 'html-502' });
  });
});
