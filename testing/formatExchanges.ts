import type { CapturedExchange, FormatName } from '../decode/index';
import { bareChatExchange } from './exchanges';

/**
 * A recorded body of another wire format (../shared/fixtures/formats/<format>/) as the browser
 * would hand it over from that format's real endpoint: its URL, the headers that matter for
 * recognition, its content type and status. The tests, the bench and the e2e suites build the
 * exchanges of every format here. Browser-safe: no Node API.
 */

/** Where each format is called from a browser; Gemini's stream URL follows from the body's framing. */
const ENDPOINTS: Record<OtherFormat, string> = {
  'openai-responses': 'https://api.openai.com/v1/responses',
  'anthropic-messages': 'https://api.anthropic.com/v1/messages',
  gemini: 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent',
  'ai-sdk-ui': 'http://localhost:3000/api/chat',
  'ai-sdk-data': 'http://localhost:3000/api/chat',
  'ai-sdk-text': 'http://localhost:3000/api/chat',
  ollama: 'http://localhost:11434/api/chat',
};

/** What a useChat app posts to its own route (AI SDK 5+): the request that tells a bare text stream apart. */
const AI_SDK_REQUEST = JSON.stringify({
  id: 'chat-1',
  messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'What is the capital of France?' }] }],
  trigger: 'submit-message',
});

/** `*-error-429-1.json` → 429; everything else answered 200 (mid-stream errors included). */
export const statusOfFormatFixture = (name: string): number => Number(/-error-(?:[a-z-]+-)?(\d{3})-\d+\.json$/.exec(name)?.[1] ?? 200);

/** The content type a server sends with such a body, by its file's extension and format. */
export const mimeTypeOfFormatFixture = (name: string): string => {
  if (name.endsWith('.sse')) return 'text/event-stream';
  if (name.endsWith('.ndjson')) return 'application/x-ndjson';
  if (name.endsWith('.txt')) return 'text/plain; charset=utf-8';
  return 'application/json';
};

/** The format a file of a format folder speaks: the folder's, except the AI SDK text streams kept beside the data streams. */
export type OtherFormat = Exclude<FormatName, 'openai-chat'>;

export const formatOfFixture = (folder: OtherFormat, name: string): OtherFormat =>
  folder === 'ai-sdk-data' && name.includes('textstream') ? 'ai-sdk-text' : folder;

const urlFor = (format: OtherFormat, name: string, text: string): string => {
  if (format !== 'gemini' || !name.includes('stream')) return ENDPOINTS[format];
  const stream = ENDPOINTS.gemini.replace(':generateContent', ':streamGenerateContent');
  // Without `alt=sse` Gemini streams one JSON array (vertex-jsonarray-stream-1.json).
  return text.trimStart().startsWith('[') ? stream : `${stream}?alt=sse`;
};

const protocolHeader = (format: FormatName): { name: string; value: string }[] => {
  if (format === 'ai-sdk-ui') return [{ name: 'x-vercel-ai-ui-message-stream', value: 'v1' }];
  if (format === 'ai-sdk-data') return [{ name: 'x-vercel-ai-data-stream', value: 'v1' }];
  return [];
};

/** One recorded body of `folder` (e.g. 'anthropic-messages', 'anthropic-stream-text-1.sse') as a captured exchange. */
export const formatExchange = (folder: OtherFormat, name: string, text: string, id = name): CapturedExchange => {
  const format = formatOfFixture(folder, name);
  const mimeType = mimeTypeOfFormatFixture(name);
  const aiSdk = format === 'ai-sdk-ui' || format === 'ai-sdk-data' || format === 'ai-sdk-text';
  return bareChatExchange({
    id,
    url: urlFor(format, name, text),
    status: statusOfFormatFixture(name),
    requestHeaders: [{ name: 'content-type', value: 'application/json' }],
    requestBody: aiSdk ? AI_SDK_REQUEST : null,
    responseHeaders: [{ name: 'content-type', value: mimeType }, ...protocolHeader(format)],
    mimeType: mimeType.replace(/;.*$/, ''),
    body: text,
  });
};
