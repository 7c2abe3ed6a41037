/**
 * The routes an AI SDK app serves its own page from, answered the way its backend does:
 * - `POST /api/chat` (a `useChat` backend): the real `ai` library's `streamText` with an
 *   `@ai-sdk/openai` Responses model whose baseURL is this server's /v1, so the UI message stream
 *   is what the library makes of a recorded provider body; `x-demo-fixture` names that upstream body
 *   (openai-responses/). A name from ai-sdk-ui/ replays that recorded UI stream as it is instead.
 * - `POST /api/chat-text`: the same, returned with `toTextStreamResponse()`.
 * - `POST /api/chat-data`: the v4 data stream (`x-vercel-ai-data-stream: v1`), replayed from
 *   ai-sdk-data/, since the installed `ai` v6 no longer writes that protocol.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createOpenAI } from '@ai-sdk/openai';
import { convertToModelMessages, streamText, validateUIMessages } from 'ai';
import { sendJsonError } from '../json-error';
import { fieldOf, fixtureHeaderOf, readJsonBody } from '../request-body';
import { formatFixtureNames } from '../../testing/fixtureFiles';
import { chooseFormatFixture, describeFormatFixture } from './format-fixtures';
import type { Pacing, ProviderHeaders } from './replay-format-body';
import { replayFormatBody } from './replay-format-body';
import { sendWebResponse } from './web-response';

export const AI_SDK_CHAT_PATH = '/api/chat';
export const AI_SDK_TEXT_PATH = '/api/chat-text';
export const AI_SDK_DATA_PATH = '/api/chat-data';
export const AI_SDK_DATA_DEFAULT = 'openai-data-text-1.txt';

/** The server-side key a route would hold; the upstream is this demo server, which ignores it. */
const SERVER_SIDE_KEY = 'sk-demo-server-000000000000';

// ai@4's createDataStreamResponse: text/plain plus the protocol header useChat checks.
const DATA_STREAM_HEADERS: ProviderHeaders = {
  'data-stream': { 'content-type': 'text/plain; charset=utf-8', 'x-vercel-ai-data-stream': 'v1' },
  text: { 'content-type': 'text/plain; charset=utf-8' },
};
// ai@5+'s UI_MESSAGE_STREAM_HEADERS, as the recorded ai-sdk-ui bodies were served.
const UI_STREAM_HEADERS: ProviderHeaders = {
  sse: {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-vercel-ai-ui-message-stream': 'v1',
    'x-accel-buffering': 'no',
  },
};

export type AiSdkRouteOptions = Pacing & {
  /** This server's own origin (the upstream the library calls), known once it listens. */
  readonly selfOrigin: () => string;
};

/** Runs streamText over the recorded Responses body the header names (the library's default model API). */
async function streamFromRecording(req: IncomingMessage, options: AiSdkRouteOptions) {
  const body = await readJsonBody(req);
  const upstream = fixtureHeaderOf(req);
  const provider = createOpenAI({
    baseURL: `${options.selfOrigin()}/v1`,
    apiKey: SERVER_SIDE_KEY,
    headers: upstream === undefined ? {} : { 'x-demo-fixture': upstream },
  });
  const rawMessages = fieldOf(body, 'messages');
  const prompt = fieldOf(body, 'prompt');
  // useChat sends UI messages; a v4 text-stream app often sends `{ prompt }` (useCompletion).
  const messages =
    rawMessages === undefined
      ? [{ role: 'user' as const, content: typeof prompt === 'string' ? prompt : '' }]
      : await convertToModelMessages(await validateUIMessages({ messages: rawMessages }));
  return streamText({ model: provider.responses('gpt-4o'), messages, maxRetries: 0 });
}

export async function handleAiSdkChat(req: IncomingMessage, res: ServerResponse, options: AiSdkRouteOptions): Promise<void> {
  const named = fixtureHeaderOf(req);
  if (named !== undefined && formatFixtureNames('ai-sdk-ui').includes(named)) {
    await readJsonBody(req);
    await replayFormatBody(res, describeFormatFixture('ai-sdk-ui', named), UI_STREAM_HEADERS, options);
    return;
  }
  let result;
  try {
    result = await streamFromRecording(req, options);
  } catch (error) {
    sendJsonError(res, 400, 'invalid_request_error', error instanceof Error ? error.message : String(error));
    return;
  }
  await sendWebResponse(res, result.toUIMessageStreamResponse({ sendReasoning: true }));
}

export async function handleAiSdkText(req: IncomingMessage, res: ServerResponse, options: AiSdkRouteOptions): Promise<void> {
  let result;
  try {
    result = await streamFromRecording(req, options);
  } catch (error) {
    sendJsonError(res, 400, 'invalid_request_error', error instanceof Error ? error.message : String(error));
    return;
  }
  await sendWebResponse(res, result.toTextStreamResponse());
}

export async function handleAiSdkData(req: IncomingMessage, res: ServerResponse, pacing: Pacing): Promise<void> {
  await readJsonBody(req);
  const choice = chooseFormatFixture('ai-sdk-data', fixtureHeaderOf(req), { json: AI_SDK_DATA_DEFAULT, stream: AI_SDK_DATA_DEFAULT }, true);
  if (choice.type === 'not-found') {
    sendJsonError(res, 404, 'demo_fixture_not_found', `No recorded body named '${choice.name}' in formats/ai-sdk-data.`);
    return;
  }
  await replayFormatBody(res, choice.fixture, DATA_STREAM_HEADERS, pacing);
}
