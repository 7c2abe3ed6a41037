/**
 * `POST /v1/responses`: OpenAI's Responses API, answered with a recorded body from
 * openai-responses/: JSON, or SSE when the request says `stream: true`. The AI SDK routes call it
 * too (their `@ai-sdk/openai` model's baseURL is this server's /v1).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJsonError } from '../json-error';
import { fieldOf, fixtureHeaderOf, readJsonBody } from '../request-body';
import { chooseFormatFixture } from './format-fixtures';
import type { Pacing, ProviderHeaders } from './replay-format-body';
import { replayFormatBody } from './replay-format-body';

export const RESPONSES_DEFAULTS = { json: 'openai-responses-json-text-1.json', stream: 'openai-responses-stream-text-1.sse' } as const;

const HEADERS: ProviderHeaders = {
  json: { 'content-type': 'application/json' },
  sse: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
};

export async function handleResponses(req: IncomingMessage, res: ServerResponse, pacing: Pacing): Promise<void> {
  const body = await readJsonBody(req);
  const choice = chooseFormatFixture('openai-responses', fixtureHeaderOf(req), RESPONSES_DEFAULTS, fieldOf(body, 'stream') === true);
  if (choice.type === 'not-found') {
    sendJsonError(res, 404, 'demo_fixture_not_found', `No recorded body named '${choice.name}' in formats/openai-responses.`);
    return;
  }
  await replayFormatBody(res, choice.fixture, HEADERS, pacing);
}
