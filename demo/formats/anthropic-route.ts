/**
 * `POST /v1/messages[?beta=true]`: Anthropic's Messages API, answered with a recorded body from
 * anthropic-messages/: JSON, or SSE when the request says `stream: true`, as the API does.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJsonError } from '../json-error';
import { fieldOf, fixtureHeaderOf, readJsonBody } from '../request-body';
import { chooseFormatFixture } from './format-fixtures';
import type { Pacing, ProviderHeaders } from './replay-format-body';
import { replayFormatBody } from './replay-format-body';

export const ANTHROPIC_DEFAULTS = { json: 'anthropic-json-text-1.json', stream: 'anthropic-stream-text-1.sse' } as const;

// api.anthropic.com's content types for a message and for its event stream.
const HEADERS: ProviderHeaders = {
  json: { 'content-type': 'application/json' },
  sse: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
};

export async function handleAnthropicMessages(req: IncomingMessage, res: ServerResponse, pacing: Pacing): Promise<void> {
  const body = await readJsonBody(req);
  const choice = chooseFormatFixture('anthropic-messages', fixtureHeaderOf(req), ANTHROPIC_DEFAULTS, fieldOf(body, 'stream') === true);
  if (choice.type === 'not-found') {
    sendJsonError(res, 404, 'demo_fixture_not_found', `No recorded body named '${choice.name}' in formats/anthropic-messages.`);
    return;
  }
  await replayFormatBody(res, choice.fixture, HEADERS, pacing);
}
