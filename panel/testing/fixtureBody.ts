import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The recorded response bodies live beside the project (../shared/fixtures/responses); never copied
 * in. Resolved with node:path because under happy-dom `new URL(relative, import.meta.url)` resolves
 * against the DOM's http://localhost:3000 instead of the file URL.
 */
const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/responses');

/** Reads one recorded response body, e.g. fixtureBody('openai-chat-text-1.json'). Tests only (node:fs). */
export function fixtureBody(name: string): string {
  return readFileSync(resolve(fixturesDir, name), 'utf8');
}
