import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The recorded real bodies in ../shared/fixtures/responses, beside the project and never copied in:
 * the one place that knows where they are. Resolved with node:path, not `new URL(relative,
 * import.meta.url)`: under happy-dom (component tests) that URL resolves against the DOM's
 * http://localhost:3000 instead of the file.
 */
export const FIXTURE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/responses');

/** The file a recorded body is in, e.g. fixturePath('openai-chat-text-1.json'). */
export const fixturePath = (name: string): string => resolve(FIXTURE_DIR, name);

/** Every recorded body's file name (JSON bodies and SSE streams), sorted. */
export const fixtureNames = (): string[] =>
  readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.json') || name.endsWith('.sse'))
    .sort();

/** One recorded body as text, e.g. readFixture('openai-stream-text-1.sse'). */
export const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/** One recorded body as the bytes a server sends. */
export const readFixtureBytes = (name: string): Buffer => readFileSync(fixturePath(name));
