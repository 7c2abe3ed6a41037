/**
 * `POST /schema/<case>/…`: answers with the named case's hand-written body (schema-bodies.ts)
 * whatever was asked, for issue 15's demo cards and e2e spec. The path after the case is the
 * provider's own (`/v1/chat/completions`, `/v1/messages`, `…:generateContent`) so the panel
 * recognizes the format as it would a provider's.
 */
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJsonError } from './json-error';
import { isSchemaCaseName, SCHEMA_CASES } from './schema-bodies';

const SCHEMA_PATH = /^\/schema\/([a-z0-9-]+)\//;

export const isSchemaPath = (pathname: string): boolean => pathname.startsWith('/schema/');

export async function handleSchemaCase(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  // The request body (with its schemas) is read and ignored: the panel reads it from the capture.
  req.resume();
  await once(req, 'end');
  const name = SCHEMA_PATH.exec(pathname)?.[1] ?? '';
  if (!isSchemaCaseName(name) || SCHEMA_CASES[name].path !== pathname) {
    sendJsonError(res, 404, 'schema_case_not_found', `No schema case at ${pathname}: see demo/schema-bodies.ts.`);
    return;
  }
  const body = JSON.stringify(SCHEMA_CASES[name].response);
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
  });
  res.end(body);
}
