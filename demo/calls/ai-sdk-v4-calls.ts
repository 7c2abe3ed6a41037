/**
 * How an app on AI SDK v4 read its route with plain fetch: the data stream (`x-vercel-ai-data-stream:
 * v1`, lines `0:"text"`, `g:"reasoning"`, `d:{finishReason}`, …) and the bare text stream. The
 * lines are network data: each is read through a codec, and a line that is not a known part is skipped.
 */
import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import type { CallContext, CallOutcome } from './outcome';
import { fixtureHeader, summarize } from './outcome';

const FinishPart = t.type({ finishReason: t.string });

const QUESTION = 'What is the capital of France?';

async function post(ctx: CallContext, path: string, body: unknown): Promise<Response> {
  const response = await fetch(`${ctx.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...fixtureHeader(ctx.fixture) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return response;
}

/** Reads a body as text piece by piece, calling `onText` with everything so far. */
async function readText(response: Response, onText: (soFar: string) => void): Promise<string> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (reader === undefined) return '';
  let text = '';
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    text += read.value;
    onText(text);
  }
  return text;
}

function parseLine(line: string): { code: string; value: unknown } | null {
  const colon = line.indexOf(':');
  if (colon < 1) return null;
  try {
    const value: unknown = JSON.parse(line.slice(colon + 1));
    return { code: line.slice(0, colon), value };
  } catch {
    return null;
  }
}

/** The answer text and finish reason of a data-stream body so far; an error part (`3:`) throws its text. */
function readDataStream(body: string): { answer: string; finish: string | null } {
  let answer = '';
  let finish: string | null = null;
  for (const line of body.split('\n')) {
    const part = parseLine(line);
    if (part?.code === '0' && t.string.is(part.value)) answer += part.value;
    if (part?.code === '3' && t.string.is(part.value)) throw new Error(part.value);
    if (part?.code === 'd') {
      const decoded = FinishPart.decode(part.value);
      if (E.isRight(decoded)) finish = decoded.right.finishReason;
    }
  }
  return { answer, finish };
}

export async function aiSdkDataStream(ctx: CallContext): Promise<CallOutcome> {
  // v4 useChat's body: its messages, each with role and content.
  const response = await post(ctx, '/api/chat-data', { messages: [{ role: 'user', content: QUESTION }] });
  const body = await readText(response, (soFar) => {
    ctx.progress(readDataStream(soFar).answer);
  });
  const { answer, finish } = readDataStream(body);
  return {
    text: answer,
    summary: summarize([
      '200',
      `protocol: ${response.headers.get('x-vercel-ai-data-stream') ?? 'none'}`,
      finish !== null && `finish: ${finish}`,
    ]),
  };
}

export async function aiSdkTextStream(ctx: CallContext): Promise<CallOutcome> {
  // v4 useCompletion's body (streamProtocol 'text'): the prompt alone.
  const response = await post(ctx, '/api/chat-text', { prompt: QUESTION });
  const text = await readText(response, ctx.progress);
  return { text, summary: summarize(['200', response.headers.get('content-type')]) };
}
