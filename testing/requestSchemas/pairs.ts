import { ANTHROPIC_PAIRS } from './anthropicPairs';
import { CHAT_PAIRS } from './chatPairs';
import { GEMINI_PAIRS } from './geminiPairs';
import { OTHER_PAIRS } from './otherPairs';
import type { SchemaPair } from './schemaPair';

export type { SchemaPair } from './schemaPair';
export { schemaPairExchange } from './schemaPair';

/**
 * Every request/response pair that breaks the request's schemas (SOURCES.tsv describes each): the
 * decode and CLI tests read them, and the demo server can serve them (a route per `name`, the
 * request's JSON for the page to send, the response as `response.mimeType`).
 */
export const SCHEMA_PAIRS: readonly SchemaPair[] = [...CHAT_PAIRS, ...ANTHROPIC_PAIRS, ...GEMINI_PAIRS, ...OTHER_PAIRS];

export const schemaPairNamed = (name: string): SchemaPair | undefined => SCHEMA_PAIRS.find((pair) => pair.name === name);
