import { parseArgs } from 'node:util';
import * as E from 'fp-ts/Either';
import type { ExtraUrlPattern } from '../decode/index';
import { FormatName } from '../decode/index';

/** What the command line asked for. `-` in files means standard input. */
export type CliArguments = {
  readonly json: boolean;
  readonly help: boolean;
  readonly files: readonly string[];
  /** Extra URL patterns that mark LLM traffic (gateways on paths decode/ does not know), each maybe naming its format. */
  readonly urlPatterns: readonly ExtraUrlPattern[];
  /** Hold tool calls and structured content to the request's JSON Schemas (off with --no-request-schemas). */
  readonly requestSchemas: boolean;
};

export const USAGE = `Usage: llm-inspect [--json] FILE...

Checks recorded LLM traffic against its wire format's contract: OpenAI Chat Completions
and compatibles, OpenAI Responses, Anthropic Messages, Gemini, the AI SDK's UI message,
data and text streams, and Ollama.
Each FILE is a HAR (saved by Chrome, Firefox or Playwright) or a single response body
(JSON, SSE, NDJSON or an AI SDK data stream, told apart by content). Use - to read
standard input. Entries of a HAR that are not LLM traffic are skipped.

Options:
  --json               print {"exchanges": [...]}, one decoded exchange per LLM exchange
  --url-pattern REGEX  also treat HAR entries whose URL matches REGEX as LLM traffic, the format
                       told by the body (for gateways on other paths; may be repeated);
                       FORMAT=REGEX names the format, e.g. anthropic-messages=gateway/llm
  --no-request-schemas do not check tool calls and structured output against the JSON Schemas
                       the request sent (tools' parameters, response_format, ...)
  -h, --help           show this help

Exit status:
  0  every exchange conforms to the contract, and no tool call or structured output breaks
     the request's own schemas
  1  at least one exchange does not conform, or breaks the request's schemas (an error issue)
  2  a file could not be read or is neither a HAR nor a response body, or bad usage
`;

/**
 * `anthropic-messages=gateway/llm`: a pattern naming its format. Only a known format name before
 * the first `=` counts, so a pattern that itself holds `=` (`key=`) is still read whole.
 */
function namedFormat(source: string): { readonly format: FormatName; readonly regex: string } | undefined {
  const equals = source.indexOf('=');
  if (equals < 0) return undefined;
  const format = source.slice(0, equals);
  return FormatName.is(format) ? { format, regex: source.slice(equals + 1) } : undefined;
}

/** Left holds a one-line reason for the user; parseArgs reports its errors by throwing, caught here. */
export function parseArguments(argv: readonly string[]): E.Either<string, CliArguments> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        'url-pattern': { type: 'string', multiple: true, default: [] },
        'no-request-schemas': { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return E.left(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const urlPatterns: ExtraUrlPattern[] = [];
  for (const source of values['url-pattern']) {
    const named = namedFormat(source);
    try {
      const pattern = new RegExp(named?.regex ?? source);
      urlPatterns.push(named === undefined ? pattern : { pattern, format: named.format });
    } catch (error) {
      return E.left(`--url-pattern ${source}: ${error instanceof Error ? error.message : 'not a regular expression'}`);
    }
  }
  const chosen = { json: values.json, files: positionals, urlPatterns, requestSchemas: !values['no-request-schemas'] };
  if (values.help) return E.right({ ...chosen, help: true });
  if (positionals.length === 0) return E.left('no input files');
  // The second read of standard input would find it already drained and silently check nothing.
  if (positionals.filter((file) => file === '-').length > 1) return E.left('standard input (-) can be given only once');
  return E.right({ ...chosen, help: false });
}
