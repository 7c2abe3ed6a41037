/**
 * The recorded response bodies the demo server replays, read in place (never copied into the
 * project) from where testing/fixtureFiles.ts says they are. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR } from '../testing/fixtureFiles';

/** How a fixture is served: a JSON body, an SSE stream, or a JSON error body with its HTTP status. */
export type FixtureKind = 'json' | 'stream' | 'error';

export type Fixture = {
  /** File name, e.g. `openai-chat-text-1.json`. */
  readonly name: string;
  readonly kind: FixtureKind;
  /** 200, or the status in an error fixture's name (`openrouter-error-429-1.json` → 429). */
  readonly status: number;
};

// Error bodies are named `<provider>-error-[<what>-]<status>-<n>.json`, e.g.
// `azure-error-content-filter-400-1.json`. Mid-stream errors (`*-stream-error-*.sse`) are 200 streams.
const ERROR_NAME = /-error-(?:[a-z-]+-)?(\d{3})-\d+\.json$/;

export function describeFixture(name: string): Fixture | null {
  const errorStatus = ERROR_NAME.exec(name)?.[1];
  if (errorStatus !== undefined) return { name, kind: 'error', status: Number(errorStatus) };
  if (name.endsWith('.json')) return { name, kind: 'json', status: 200 };
  if (name.endsWith('.sse')) return { name, kind: 'stream', status: 200 };
  return null;
}

/** Every servable fixture in the directory, by file name. */
export function listFixtures(dir: string = FIXTURE_DIR): ReadonlyMap<string, Fixture> {
  const fixtures = new Map<string, Fixture>();
  for (const name of readdirSync(dir).sort()) {
    const fixture = describeFixture(name);
    if (fixture) fixtures.set(name, fixture);
  }
  return fixtures;
}

export function readFixture(name: string, dir: string = FIXTURE_DIR): Buffer {
  return readFileSync(join(dir, name));
}

/** One recorded body as text, for replaying it elsewhere than the server (the panel harness, the benchmarks). */
export type RecordedBody = {
  readonly name: string;
  /** JSON bodies (error bodies among them) or SSE streams. */
  readonly kind: 'json' | 'sse';
  readonly mimeType: string;
  readonly status: number;
  readonly text: string;
};

export function recordedBodies(dir: string = FIXTURE_DIR): RecordedBody[] {
  return [...listFixtures(dir).values()].map(({ name, kind, status }) => ({
    name,
    kind: kind === 'stream' ? 'sse' : 'json',
    mimeType: kind === 'stream' ? 'text/event-stream' : 'application/json',
    status,
    text: readFixture(name, dir).toString('utf8'),
  }));
}

/**
 * Splits an SSE body into its events, each keeping the blank line that ends it, so that the pieces
 * concatenate back to the exact original bytes (trailing extra newlines stay with the last event).
 * Works on latin1 text, which maps each byte to one char, so multi-byte UTF-8 is never cut apart.
 */
export function splitSseEvents(body: Buffer): Buffer[] {
  const text = body.toString('latin1');
  const events: Buffer[] = [];
  // A line end is CRLF, CR or LF (the SSE spec allows all three); a CR directly before an LF is
  // never a line end of its own, or `\r\n` alone would read as a blank line.
  const blankLine = /(?:\r\n|\r(?!\n)|\n)(?:\r\n|\r(?!\n)|\n)+/g;
  let start = 0;
  for (let match = blankLine.exec(text); match; match = blankLine.exec(text)) {
    const end = match.index + match[0].length;
    events.push(Buffer.from(text.slice(start, end), 'latin1'));
    start = end;
  }
  if (start < text.length) events.push(Buffer.from(text.slice(start), 'latin1'));
  return events;
}
