/**
 * The recorded bodies of the other wire formats (../shared/fixtures/formats/<folder>/, located by
 * testing/fixtureFiles.ts): how each is framed on the wire and which one answers a request.
 * Node only; read in place, never copied.
 */
import { readFileSync } from 'node:fs';
import { formatFixtureNames, formatFixturePath } from '../../testing/fixtureFiles';

/** The corpus folders (ai-sdk-data/ also holds the AI SDK text-stream bodies). */
export type FormatFolder = 'openai-responses' | 'anthropic-messages' | 'gemini' | 'ai-sdk-ui' | 'ai-sdk-data' | 'ollama';

/**
 * How a body goes over the wire: one JSON document, SSE events, NDJSON lines, Gemini's JSON array
 * sent element by element, the AI SDK v4 data-stream lines (`0:"…"\n`), or bare text.
 */
export type Framing = 'json' | 'sse' | 'ndjson' | 'json-array' | 'data-stream' | 'text';

export type FormatFixture = {
  readonly folder: FormatFolder;
  /** File name, e.g. `anthropic-stream-thinking-1.sse`. */
  readonly name: string;
  readonly framing: Framing;
  /** 200, or the status in an error body's name (`anthropic-error-529-1.json` → 529). */
  readonly status: number;
};

// Error bodies are named `<provider>-error-<status>-<n>.json`; in-stream errors (`*-stream-error-*`,
// `*-data-error-http429-*`) are 200 streams, as the providers send them.
const ERROR_STATUS = /-error-(\d{3})-\d+\.json$/;

export function framingOf(folder: FormatFolder, name: string): Framing {
  if (name.endsWith('.sse')) return 'sse';
  if (name.endsWith('.ndjson')) return 'ndjson';
  // streamGenerateContent without alt=sse: one JSON array, written as its elements are generated.
  if (name.endsWith('.json')) return /jsonarray-stream/.test(name) ? 'json-array' : 'json';
  if (folder === 'ai-sdk-data') return /textstream/.test(name) ? 'text' : 'data-stream';
  return 'text';
}

export function describeFormatFixture(folder: FormatFolder, name: string): FormatFixture {
  const status = ERROR_STATUS.exec(name)?.[1];
  return { folder, name, framing: framingOf(folder, name), status: status === undefined ? 200 : Number(status) };
}

export const isStreamed = (fixture: FormatFixture): boolean => fixture.framing !== 'json';

export function readFormatFixtureBytes(fixture: FormatFixture): Buffer {
  return readFileSync(formatFixturePath(fixture.folder, fixture.name));
}

export type FormatChoice =
  { readonly type: 'fixture'; readonly fixture: FormatFixture } | { readonly type: 'not-found'; readonly name: string };

/**
 * The body named by the `x-demo-fixture` header (a file of that folder, its extension optional),
 * else the folder's default for a JSON or a streamed answer. A named body is served as named:
 * the header is the caller saying exactly what it wants.
 */
export function chooseFormatFixture(
  folder: FormatFolder,
  header: string | undefined,
  defaults: { readonly json: string; readonly stream: string },
  stream: boolean,
): FormatChoice {
  const names = formatFixtureNames(folder);
  if (header === undefined) return { type: 'fixture', fixture: describeFormatFixture(folder, stream ? defaults.stream : defaults.json) };
  const name = names.find((candidate) => candidate === header) ?? names.find((candidate) => candidate.replace(/\.[a-z]+$/, '') === header);
  return name === undefined ? { type: 'not-found', name: header } : { type: 'fixture', fixture: describeFormatFixture(folder, name) };
}
