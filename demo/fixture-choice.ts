/**
 * Which recorded body answers a chat-completion request. Pure: the server passes in what it read
 * from the request and the fixture list.
 */
import type { Fixture } from './fixtures';

export const DEFAULT_JSON_FIXTURE = 'openai-chat-text-1.json';
export const DEFAULT_STREAM_FIXTURE = 'openai-stream-text-1.sse';
/** Not a file: asks for an HTML 502 page, as a proxy or gateway sends when the provider is down. */
export const HTML_502 = 'html-502';

export type ChoiceRequest = {
  /** The `x-demo-fixture` header, if sent. */
  readonly header: string | undefined;
  /** The request body's `model`, if it is a string. */
  readonly model: string | undefined;
  /** The request body's `stream === true`. */
  readonly stream: boolean;
};

export type FixtureChoice =
  | { readonly type: 'fixture'; readonly fixture: Fixture; readonly note: string | null }
  | { readonly type: 'html-502' }
  | { readonly type: 'not-found'; readonly name: string };

/** A file name, or a file name without its extension (the form used as a model name). */
function lookUp(name: string, fixtures: ReadonlyMap<string, Fixture>, stream: boolean): Fixture | undefined {
  const exact = fixtures.get(name);
  if (exact) return exact;
  const json = fixtures.get(`${name}.json`);
  const sse = fixtures.get(`${name}.sse`);
  return stream ? (sse ?? json) : (json ?? sse);
}

export function chooseFixture(request: ChoiceRequest, fixtures: ReadonlyMap<string, Fixture>): FixtureChoice {
  const defaultFor = (stream: boolean): Fixture => {
    const fallback = fixtures.get(stream ? DEFAULT_STREAM_FIXTURE : DEFAULT_JSON_FIXTURE);
    if (!fallback) throw new Error(`the default fixture for stream=${stream} is missing from the fixture directory`);
    return fallback;
  };

  let wanted: Fixture | undefined;
  let source = '';
  if (request.header !== undefined && request.header !== '') {
    if (request.header === HTML_502) return { type: 'html-502' };
    wanted = lookUp(request.header, fixtures, request.stream);
    if (!wanted) return { type: 'not-found', name: request.header };
    source = `x-demo-fixture '${request.header}'`;
  } else if (request.model !== undefined) {
    if (request.model === HTML_502) return { type: 'html-502' };
    const byModel = fixtures.get(`${request.model}.json`) ?? fixtures.get(`${request.model}.sse`);
    if (byModel) {
      wanted = byModel;
      source = `model '${request.model}'`;
    }
  }
  if (!wanted) return { type: 'fixture', fixture: defaultFor(request.stream), note: null };

  // Real APIs answer errors as JSON whatever the stream flag, so error fixtures never switch.
  if (wanted.kind === 'error' || (wanted.kind === 'stream') === request.stream) {
    return { type: 'fixture', fixture: wanted, note: null };
  }
  const replacement = defaultFor(request.stream);
  const asked = request.stream ? 'stream: true' : 'no stream';
  const was = wanted.kind === 'stream' ? 'an SSE stream' : 'a JSON body';
  return {
    type: 'fixture',
    fixture: replacement,
    note: `${source} names ${wanted.name}, ${was}, but the request asked for ${asked}; replayed ${replacement.name} instead`,
  };
}
