/**
 * Reading a request's JSON body on the demo server, shared by the replaying routes. A body too large
 * or not JSON is a value, not a throw: each route answers it in its provider's words.
 */
import type { IncomingMessage } from 'node:http';

export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

/** The request body as UTF-8 text; null when it is larger than MAX_REQUEST_BYTES. */
export async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += piece.length;
    if (size > MAX_REQUEST_BYTES) return null;
    chunks.push(piece);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}

/** One field of a parsed body, still unknown; undefined when the body is not an object. */
export function fieldOf(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null ? Reflect.get(body, key) : undefined;
}

/** The request's JSON body, or undefined when it is empty, too large or not JSON. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (text === null || text === '') return undefined;
  const parsed = parseJson(text);
  return parsed.ok ? parsed.value : undefined;
}

/** The `x-demo-fixture` request header (the first one if sent twice), or undefined. */
export function fixtureHeaderOf(req: IncomingMessage): string | undefined {
  const header = req.headers['x-demo-fixture'];
  const value = Array.isArray(header) ? header[0] : header;
  return value === '' ? undefined : value;
}
