/**
 * Ollama's native `POST /api/chat`, served under /ollama (the demo's own /api/chat is the AI SDK
 * route): NDJSON when `stream` is absent or true, one JSON body when it is false, as Ollama does.
 * The real server listens on :11434, which the panel takes as a sign of Ollama; here, on the demo's
 * port, only the body (NDJSON lines with `model`, `created_at`, `message`, `done`) can say so.
 * The corpus has no /api/generate body, so that route is not replayed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJsonError } from '../json-error';
import { fieldOf, fixtureHeaderOf, readJsonBody } from '../request-body';
import { chooseFormatFixture } from './format-fixtures';
import type { Pacing, ProviderHeaders } from './replay-format-body';
import { replayFormatBody } from './replay-format-body';

export const OLLAMA_PREFIX = '/ollama';
export const OLLAMA_DEFAULTS = { json: 'ollama-chat-json-text-1.json', stream: 'ollama-chat-stream-text-1.ndjson' } as const;

// ollama/server/routes.go: streamResponse writes application/x-ndjson; c.JSON adds the charset.
const HEADERS: ProviderHeaders = {
  json: { 'content-type': 'application/json; charset=utf-8' },
  ndjson: { 'content-type': 'application/x-ndjson' },
};

export async function handleOllamaChat(req: IncomingMessage, res: ServerResponse, pacing: Pacing): Promise<void> {
  const body = await readJsonBody(req);
  const choice = chooseFormatFixture('ollama', fixtureHeaderOf(req), OLLAMA_DEFAULTS, fieldOf(body, 'stream') !== false);
  if (choice.type === 'not-found') {
    sendJsonError(res, 404, 'demo_fixture_not_found', `No recorded body named '${choice.name}' in formats/ollama.`);
    return;
  }
  await replayFormatBody(res, choice.fixture, HEADERS, pacing);
}
