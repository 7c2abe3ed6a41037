import type { CapturedExchange } from '../../decode/exchange';
import { redactExchange } from '../secrets/redactExchange';
import type { RedactOptions } from '../secrets/redactExchange';
import { shellQuote } from './shellQuote';

/**
 * Headers curl writes itself or that cannot be sent as written: HTTP/2 pseudo-headers (`:authority`,
 * `:method`, ... appear in Chrome's request headers), the length and host curl computes, and
 * Accept-Encoding, replaced by `--compressed` so curl asks only for encodings it can decode (the
 * browser's list has br and zstd, which many curl builds cannot undo, leaving binary output).
 */
function isSentByCurl(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith(':') || lower === 'content-length' || lower === 'host' || lower === 'accept-encoding';
}

/**
 * The request as a curl command for a POSIX shell, one option per line. Secret headers and
 * key-like query parameters are masked unless `includeSecrets`: a masked command does not
 * authenticate, which is the point of a command one pastes into an issue.
 */
export function curlCommand(exchange: CapturedExchange, options: RedactOptions): string {
  const request = redactExchange(exchange, options);
  const parts = [`curl ${shellQuote(request.url)}`];
  const method = request.method.toUpperCase();
  const hasBody = request.requestBody !== null;
  // curl sends POST when given data and GET otherwise; anything else must be said.
  if (!(method === 'GET' && !hasBody) && !(method === 'POST' && hasBody)) parts.push(`-X ${shellQuote(method)}`);
  for (const header of request.requestHeaders) {
    if (!isSentByCurl(header.name)) parts.push(`-H ${shellQuote(`${header.name}: ${header.value}`)}`);
  }
  if (request.requestHeaders.some((header) => header.name.toLowerCase() === 'accept-encoding')) parts.push('--compressed');
  if (request.requestBody !== null) parts.push(`--data-raw ${shellQuote(request.requestBody)}`);
  return parts.join(' \\\n  ');
}
