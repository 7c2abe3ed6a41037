import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResponseBody } from '../../responseBody';
import { FORMATS_DIR, fixtureNames, formatFixtureNames, readFixture, readFormatFixture } from '../../../testing/fixtureFiles';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { claimsDataStreamByBody } from '../ai-sdk-data/recognize';
import { claimsTextStreamByBody } from '../ai-sdk-text/recognize';
import { claimsUiStreamByBody } from './recognize';

/**
 * No false positives: the three AI SDK formats claim no recorded body of the other formats'
 * folders nor of ../shared/fixtures/responses, and none of the non-LLM traffic a page also makes
 * (a stock ticker's SSE, a JSON API with `type`, `content` and `model`, plain text). Their own
 * bodies are claimed in each folder's recognize.test.ts.
 */

const present = (text: string, mimeType: string): PresentBody => {
  const parsed = parseResponseBody(text, mimeType);
  if (parsed.kind === 'missing' || parsed.kind === 'empty') throw new Error('a recorded body is empty');
  return parsed;
};

const mimeOf = (name: string): string =>
  name.endsWith('.sse') ? 'text/event-stream' : name.endsWith('.ndjson') ? 'application/x-ndjson' : name.endsWith('.txt') ? 'text/plain' : 'application/json';

interface NamedBody {
  readonly name: string;
  readonly body: PresentBody;
}

/** The recorded bodies of every format folder but `except`, and of ../shared/fixtures/responses. */
const otherRecordedBodies = (except: readonly string[]): NamedBody[] => {
  const folders = readdirSync(FORMATS_DIR).filter((folder) => !except.includes(folder));
  const formatBodies = folders.flatMap((folder) =>
    formatFixtureNames(folder).map((name) => ({ name: `${folder}/${name}`, body: present(readFormatFixture(folder, name), mimeOf(name)) })),
  );
  const chatBodies = fixtureNames().map((name) => ({ name: `responses/${name}`, body: present(readFixture(name), mimeOf(name)) }));
  return [...formatBodies, ...chatBodies];
};

/** What a page's other traffic looks like: a stock ticker's SSE, a JSON API with LLM-ish fields, plain text. */
const nonLlmBodies = (): NamedBody[] => [
  { name: 'stock ticker SSE', body: present('data: {"type":"price","symbol":"ACME","price":12.5}\n\ndata: {"type":"price","symbol":"ACME","price":12.6}\n\n', 'text/event-stream') },
  { name: 'ticker with an error event', body: present('data: {"type":"error","message":"market closed"}\n\n', 'text/event-stream') },
  { name: 'named SSE events', body: present('event: start\ndata: {"type":"start"}\n\n', 'text/event-stream') },
  { name: 'app data parts only', body: present('data: {"type":"data-price","data":1}\n\n', 'text/event-stream') },
  { name: 'JSON API with type, content and model', body: present('{"type":"message","content":"hi","model":"car-2000"}', 'application/json') },
  { name: 'plain text', body: present('Hello, this is a page.\n', 'text/plain') },
  { name: 'text that starts like a part', body: present('1:2\nabc\n', 'text/plain') },
  { name: 'a time of day', body: present('9:30 meeting\n', 'text/plain') },
  { name: 'an HTML page', body: present('<!doctype html><title>502 Bad Gateway</title>', 'text/html') },
];

/** A lone body's head: no URL, no method, no headers. */
const LONE: ExchangeHead = { url: null, method: null, requestHeaders: [], responseHeaders: [], mimeType: '', requestBody: null };

const claims = {
  'ai-sdk-ui': (body: PresentBody) => claimsUiStreamByBody(body),
  'ai-sdk-data': (body: PresentBody) => claimsDataStreamByBody(body),
  'ai-sdk-text': (body: PresentBody) => claimsTextStreamByBody(body, LONE),
};

describe('the AI SDK formats claim no other traffic', () => {
  for (const [format, claim] of Object.entries(claims)) {
    it(`${format} claims no body of the other formats nor of the Chat Completions corpus`, () => {
      const bodies = otherRecordedBodies([format]);
      expect(bodies.length).toBeGreaterThan(150);
      for (const { name, body } of bodies) expect({ name, claimed: claim(body) }).toEqual({ name, claimed: false });
    });

    it(`${format} claims none of a page's non-LLM traffic`, () => {
      for (const { name, body } of nonLlmBodies()) expect({ name, claimed: claim(body) }).toEqual({ name, claimed: false });
    });
  }
});
