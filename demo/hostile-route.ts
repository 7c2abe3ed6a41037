/**
 * `POST /hostile/<case>/v1/chat/completions`: answers with the named hostile response
 * (hostile-bodies.ts) whatever was asked, for the panel's hostile-input e2e tests. The path ends
 * like a real chat endpoint so the panel detects the call by its URL, as it would a provider's.
 */
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostileResponse } from './hostile-bodies';
import { sendJsonError } from './json-error';

const HOSTILE_PATH = /^\/hostile\/([a-z0-9-]+)\/v1\/chat\/completions$/;

export const isHostilePath = (pathname: string): boolean => pathname.startsWith('/hostile/');

export async function handleHostile(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  // The request body is read and ignored, so the browser sees an ordinary finished upload.
  req.resume();
  await once(req, 'end');
  const name = HOSTILE_PATH.exec(pathname)?.[1];
  const response = name === undefined ? null : hostileResponse(name);
  if (response === null) {
    sendJsonError(res, 404, 'hostile_case_not_found', `No hostile case at ${pathname}: see demo/hostile-bodies.ts.`);
    return;
  }
  res.writeHead(response.status, {
    'content-type': response.contentType,
    'content-length': String(response.body.length),
    'cache-control': 'no-store',
  });
  res.end(response.body);
}
