/**
 * Ordinary APIs whose bodies look like LLM traffic and are not, for the no-false-positive checks
 * (issue 13): a JSON API with `type: "message"`, `content` and `model` (the fields of an Anthropic
 * message), and a stock-ticker SSE whose events carry a `type` like a provider's stream events.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody } from './request-body';
import { eventDelay, writePacedEvents } from './sse-pacing';
import type { Pacing } from './formats/replay-format-body';

export const ITEMS_PATH = '/api/items';
export const TICKER_PATH = '/api/ticker';

/** A messaging app's item: `type`, `content` and `model` name a record kind, a text and a product model. */
export const ITEM_BODY = { type: 'message', content: 'hi', model: 'x' };

export const TICKER_EVENTS = [
  { type: 'price', symbol: 'ACME', price: 1 },
  { type: 'price', symbol: 'ACME', price: 1.02 },
  { type: 'price', symbol: 'ACME', price: 0.99 },
];

export async function handleItems(req: IncomingMessage, res: ServerResponse): Promise<void> {
  await readJsonBody(req);
  const body = JSON.stringify(ITEM_BODY);
  res.writeHead(req.method === 'POST' ? 201 : 200, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

export async function handleTicker(req: IncomingMessage, res: ServerResponse, pacing: Pacing): Promise<void> {
  await readJsonBody(req);
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  res.flushHeaders();
  const events = TICKER_EVENTS.map((event) => Buffer.from(`data: ${JSON.stringify(event)}\n\n`));
  await writePacedEvents(res, events, eventDelay(events.length, pacing.pacingMs, pacing.streamCapMs));
}
