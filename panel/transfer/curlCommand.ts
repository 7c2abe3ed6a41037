import type { CapturedExchange, FormatName } from '../../decode/index';
import { headerPieces } from '../secrets/headerPieces';
import { requestContentType } from '../secrets/redactExchange';
import type { RedactOptions } from '../secrets/redactExchange';
import { urlPieces } from '../secrets/redactUrl';
import { requestBodyPieces } from '../secrets/requestBodyPieces';
import type { Piece } from '../secrets/secretPieces';
import { textPiece } from '../secrets/secretPieces';
import { secretVariable } from './keyVariable';
import { cmdWord, posixWord } from './shellWord';
import type { ShellWord } from './shellWord';

/** Where the command is pasted: a POSIX shell (bash, zsh, sh) or Windows' cmd.exe, as Chrome offers both. */
export type CurlShell = 'posix' | 'cmd';
export type CurlOptions = RedactOptions & {
  readonly shell: CurlShell;
  /** The exchange's wire format, which names the key variable on a host that names no provider (keyVariable.ts). */
  readonly format?: FormatName;
};

/**
 * Headers curl writes itself or that cannot be sent as written: HTTP/2 pseudo-headers (`:authority`,
 * `:method`, ... appear in Chrome's request headers), the length and host curl computes, and
 * Accept-Encoding, replaced by `--compressed` so curl asks only for encodings it can decode (the
 * browser's list has br and zstd, which many curl builds cannot undo, leaving binary output;
 * crbug.com/1015321 is Chrome dropping it for the same reason).
 */
function isSentByCurl(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith(':') || lower === 'content-length' || lower === 'host' || lower === 'accept-encoding';
}

/** `-H 'name:'` would make curl remove the header; `name;` sends it empty (as Chrome writes it). */
function headerArgument(name: string, value: string): Piece[] {
  return value.trim() === '' ? [textPiece(`${name};`)] : headerPieces(name, value);
}

type Line = { readonly option: string | null; readonly word: ShellWord };

/**
 * The command's arguments, each secret either as sent or as the environment variable that holds
 * it (keyVariable.ts): `Authorization: Bearer $OPENAI_API_KEY`, `"api_key":"$OPENAI_API_KEY"` in
 * the body, `?key=$GEMINI_API_KEY` in the URL.
 */
function curlLines(exchange: CapturedExchange, { includeSecrets, format }: CurlOptions): Line[] {
  const word = (pieces: readonly Piece[]): ShellWord =>
    pieces.map((piece) =>
      piece.kind === 'text'
        ? { text: piece.text }
        : includeSecrets
          ? { text: piece.raw }
          : { variable: secretVariable(piece.name, exchange.url, format) },
    );
  const lines: Line[] = [{ option: null, word: word(urlPieces(exchange.url)) }];
  // curl reads [] and {} in a URL as a glob; Chrome backslash-escapes them, --globoff leaves the URL as sent.
  if (/[[\]{}]/.test(exchange.url)) lines.push({ option: '--globoff', word: [] });
  const method = exchange.method.toUpperCase();
  const hasBody = exchange.requestBody !== null;
  // curl sends POST when given data and GET otherwise; anything else must be said.
  if (!(method === 'GET' && !hasBody) && !(method === 'POST' && hasBody)) lines.push({ option: '-X', word: [{ text: method }] });
  for (const header of exchange.requestHeaders) {
    if (!isSentByCurl(header.name)) lines.push({ option: '-H', word: word(headerArgument(header.name, header.value)) });
  }
  if (exchange.requestHeaders.some((header) => header.name.toLowerCase() === 'accept-encoding'))
    lines.push({ option: '--compressed', word: [] });
  if (exchange.requestBody !== null)
    lines.push({ option: '--data-raw', word: word(requestBodyPieces(exchange.requestBody, requestContentType(exchange))) });
  return lines;
}

/**
 * The request as a curl command, one option per line. By default every secret is an environment
 * variable reference, so the command runs for whoever has the key in their shell and can be pasted
 * into an issue without leaking it; with `includeSecrets` it is the request as sent.
 */
export function curlCommand(exchange: CapturedExchange, options: CurlOptions): string {
  const quote = options.shell === 'cmd' ? cmdWord : posixWord;
  const lines = curlLines(exchange, options).map(({ option, word }) => {
    if (option === null) return `curl ${quote(word)}`;
    return word.length === 0 ? option : `${option} ${quote(word)}`;
  });
  return lines.join(options.shell === 'cmd' ? ' ^\n  ' : ' \\\n  ');
}
