import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The recorded real bodies in ../shared/fixtures/responses (tests only; never copied in). */
export const FIXTURE_DIR = fileURLToPath(new URL('../../shared/fixtures/responses/', import.meta.url));

export const fixtureNames = (): string[] =>
  readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.json') || name.endsWith('.sse'))
    .sort();

export const readFixture = (name: string): string => readFileSync(`${FIXTURE_DIR}${name}`, 'utf8');
