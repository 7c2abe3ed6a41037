import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The recorded response bodies live beside the project (../shared/fixtures/responses); never copied in. */
const fixturesDir = new URL('../../../shared/fixtures/responses/', import.meta.url);

/** Reads one recorded response body, e.g. fixtureBody('openai-chat-text-1.json'). Tests only (node:fs). */
export function fixtureBody(name: string): string {
  return readFileSync(fileURLToPath(new URL(name, fixturesDir)), 'utf8');
}
