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

/**
 * The recorded bodies of the other wire formats (issue 13): ../shared/fixtures/formats/<format>/,
 * each folder with its SOURCES.tsv saying where each body comes from.
 */
export const FORMATS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/formats');

/** The file of one format's recorded body, e.g. formatFixturePath('gemini', 'gemini-stream-text-1.sse'). */
export const formatFixturePath = (format: string, name: string): string => resolve(FORMATS_DIR, format, name);

/** Every recorded body of one format (everything in its folder but SOURCES.tsv), sorted. */
export const formatFixtureNames = (format: string): string[] =>
  readdirSync(resolve(FORMATS_DIR, format))
    .filter((name) => name !== 'SOURCES.tsv')
    .sort();

/** One format's recorded body as text, e.g. readFormatFixture('ollama', 'ollama-chat-stream-text-1.ndjson'). */
export const readFormatFixture = (format: string, name: string): string => readFileSync(formatFixturePath(format, name), 'utf8');
