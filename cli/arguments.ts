import { parseArgs } from 'node:util';
import * as E from 'fp-ts/Either';

/** What the command line asked for. `-` in files means standard input. */
export type CliArguments = {
  readonly json: boolean;
  readonly help: boolean;
  readonly files: readonly string[];
  /** Extra URL patterns that mark chat-completion traffic (gateways on paths decode/ does not know). */
  readonly urlPatterns: readonly RegExp[];
};

export const USAGE = `Usage: llm-inspect [--json] FILE...

Checks recorded OpenAI-compatible chat-completion traffic against the API contract.
Each FILE is a HAR (saved by Chrome, Firefox or Playwright) or a single response body
(JSON or SSE, told apart by content). Use - to read standard input.
Entries of a HAR that are not chat completions are skipped.

Options:
  --json               print {"exchanges": [...]}, one decoded exchange per chat completion
  --url-pattern REGEX  also treat HAR entries whose URL matches REGEX as chat completions
                       (for gateways on other paths; may be repeated)
  -h, --help           show this help

Exit status:
  0  every exchange conforms to the contract
  1  at least one exchange does not conform
  2  a file could not be read or is neither a HAR nor a response body, or bad usage
`;

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
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return E.left(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const urlPatterns: RegExp[] = [];
  for (const source of values['url-pattern']) {
    try {
      urlPatterns.push(new RegExp(source));
    } catch (error) {
      return E.left(`--url-pattern ${source}: ${error instanceof Error ? error.message : 'not a regular expression'}`);
    }
  }
  const chosen = { json: values.json, files: positionals, urlPatterns };
  if (values.help) return E.right({ ...chosen, help: true });
  if (positionals.length === 0) return E.left('no input files');
  // The second read of standard input would find it already drained and silently check nothing.
  if (positionals.filter((file) => file === '-').length > 1) return E.left('standard input (-) can be given only once');
  return E.right({ ...chosen, help: false });
}
