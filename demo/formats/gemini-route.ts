/**
 * Gemini's `POST /v1beta/models/{model}:generateContent` and `:streamGenerateContent`, answered
 * with a recorded body from gemini/. The URL decides the answer, as Google's API does:
 * `generateContent` is one JSON body; `streamGenerateContent?alt=sse` is data-only SSE (what
 * @google/genai asks for); without `alt` it is one JSON array written element by element.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJsonError } from '../json-error';
import { fixtureHeaderOf, readJsonBody } from '../request-body';
import { chooseFormatFixture } from './format-fixtures';
import type { Pacing, ProviderHeaders } from './replay-format-body';
import { replayFormatBody } from './replay-format-body';

/** `…/models/gemini-2.5-flash:streamGenerateContent` → the method; null for any other path. */
const GEMINI_PATH = /\/models\/[^/:]+:(generateContent|streamGenerateContent)$/;

export const isGeminiPath = (pathname: string): boolean => GEMINI_PATH.test(pathname);

export const GEMINI_DEFAULTS = {
  generate: 'gemini-json-thoughts-1.json',
  sse: 'gemini-stream-text-1.sse',
  jsonArray: 'vertex-jsonarray-stream-1.json',
} as const;

const HEADERS: ProviderHeaders = {
  json: { 'content-type': 'application/json; charset=UTF-8' },
  'json-array': { 'content-type': 'application/json; charset=UTF-8' },
  sse: { 'content-type': 'text/event-stream' },
};

export async function handleGemini(req: IncomingMessage, res: ServerResponse, url: URL, pacing: Pacing): Promise<void> {
  await readJsonBody(req);
  const streaming = GEMINI_PATH.exec(url.pathname)?.[1] === 'streamGenerateContent';
  const sse = url.searchParams.get('alt') === 'sse';
  const fallback = !streaming ? GEMINI_DEFAULTS.generate : sse ? GEMINI_DEFAULTS.sse : GEMINI_DEFAULTS.jsonArray;
  const choice = chooseFormatFixture('gemini', fixtureHeaderOf(req), { json: fallback, stream: fallback }, streaming);
  if (choice.type === 'not-found') {
    sendJsonError(res, 404, 'demo_fixture_not_found', `No recorded body named '${choice.name}' in formats/gemini.`);
    return;
  }
  await replayFormatBody(res, choice.fixture, HEADERS, pacing);
}
