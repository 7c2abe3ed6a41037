/**
 * `POST …/chat/completions`: answers with a recorded body chosen by `chooseFixture`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chooseFixture } from './fixture-choice';
import type { Fixture } from './fixtures';
import { readFixture, splitSseEvents } from './fixtures';
import { eventDelay, writePacedEvents } from './sse-pacing';
import { sendJsonError } from './json-error';
import { charsetRequest, handleCharsetBody } from './charset-body';
import { compressedBodyRequest, handleCompressedBody } from './compressed-body';
import { handleLargeBody, largeBodyRequest } from './large-body';
import { MAX_REQUEST_BYTES, parseJson, readBody } from './request-body';

export type ChatRouteOptions = {
  readonly fixtures: ReadonlyMap<string, Fixture>;
  readonly fixtureDir: string;
  readonly pacingMs: number;
  readonly streamCapMs: number;
};

/** The two request fields the choice depends on; anything else in the body is ignored. */
function readRequestFields(body: unknown): { model: string | undefined; stream: boolean } {
  if (typeof body !== 'object' || body === null) return { model: undefined, stream: false };
  const model: unknown = Reflect.get(body, 'model');
  const stream: unknown = Reflect.get(body, 'stream');
  return { model: typeof model === 'string' ? model : undefined, stream: stream === true };
}

const HTML_502_PAGE = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

export async function handleChatCompletion(req: IncomingMessage, res: ServerResponse, options: ChatRouteOptions): Promise<void> {
  // Made-up bodies of a given size (large-body.ts), for the tests of browsers' body limits.
  const large = largeBodyRequest(req.url ?? '/');
  if (large !== null) return handleLargeBody(req, res, large);
  const compressed = compressedBodyRequest(req.url ?? '/');
  if (compressed !== null) return handleCompressedBody(req, res, compressed);
  // Non-ASCII text with and without a charset (charset-body.ts), for the tests of browsers' decoding.
  const charset = charsetRequest(req.url ?? '/');
  if (charset !== null) return handleCharsetBody(req, res, charset);
  const text = await readBody(req);
  if (text === null) {
    sendJsonError(res, 413, 'request_too_large', `The demo server accepts request bodies up to ${MAX_REQUEST_BYTES} bytes.`);
    return;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    sendJsonError(res, 400, 'invalid_request_error', 'The request body is not valid JSON.');
    return;
  }
  const { model, stream } = readRequestFields(parsed.value);
  const header = req.headers['x-demo-fixture'];
  const choice = chooseFixture({ header: Array.isArray(header) ? header[0] : header, model, stream }, options.fixtures);

  if (choice.type === 'not-found') {
    sendJsonError(
      res,
      404,
      'demo_fixture_not_found',
      `No fixture named '${choice.name}' in ../shared/fixtures/responses. Use a file name such as openai-chat-text-1.json or openai-stream-text-1.sse (the extension may be left out), or 'html-502'.`,
    );
    return;
  }
  if (choice.type === 'html-502') {
    res.writeHead(502, { 'content-type': 'text/html', 'x-demo-fixture': 'html-502' });
    res.end(HTML_502_PAGE);
    return;
  }

  const { fixture, note } = choice;
  const body = readFixture(fixture.name, options.fixtureDir);
  const headers: Record<string, string> = { 'x-demo-fixture': fixture.name };
  if (note !== null) headers['x-demo-note'] = note;
  if (fixture.kind !== 'stream') {
    res.writeHead(fixture.status, { ...headers, 'content-type': 'application/json', 'content-length': String(body.length) });
    res.end(body);
    return;
  }
  // OpenAI sends exactly this content type for streams; no-cache keeps proxies from buffering.
  res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  res.flushHeaders();
  const events = splitSseEvents(body);
  await writePacedEvents(res, events, eventDelay(events.length, options.pacingMs, options.streamCapMs));
}
