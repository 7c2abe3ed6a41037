import type { ServerResponse } from 'node:http';

/** The demo server's own errors, in OpenAI's error envelope so SDKs surface the message. */
export function sendJsonError(res: ServerResponse, status: number, type: string, message: string): void {
  const body = JSON.stringify({ error: { message, type, param: null, code: type } });
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body);
}
