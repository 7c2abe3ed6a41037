import { afterEach, describe, expect, it, vi } from 'vitest';
import * as E from 'fp-ts/Either';
import { decodeResponseBody } from '../decode/index';
import { fixtureNames, readFixture } from '../testing/fixtureFiles';
import { inputExchanges } from './inputExchanges';

const NO_PATTERNS = { extraUrlPatterns: [] };

/** What decode/ makes of the text on its own, as llm-inspect did before it reused its parse. */
const decodedAlone = (text: string, mimeType: string) =>
  decodeResponseBody(text.replace(/^\uFEFF/, ''), { mimeType }, { streamEvents: false });

describe('inputExchanges on a JSON body file', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('decodes every recorded JSON body as decode/ does from the text, parsing the file once', () => {
    for (const name of fixtureNames().filter((file) => file.endsWith('.json'))) {
      const text = readFixture(name);
      const expected = decodedAlone(text, 'application/json');
      const parse = vi.spyOn(JSON, 'parse');
      const result = inputExchanges(name, text, NO_PATTERNS);
      expect(parse).toHaveBeenCalledTimes(1);
      parse.mockRestore();
      expect(result).toEqual(E.right([{ origin: name, exchange: expected }]));
    }
  });

  it('the same for a body nested too deeply, one with integers beyond 2^53 and one behind a byte-order mark', () => {
    const deep = `{"id":"x","choices":[${'['.repeat(200)}${']'.repeat(200)}]}`;
    const huge =
      '{"id":"x","object":"chat.completion","created":12345678901234567890,"model":"m","choices":[],"x":{"seed":-98765432109876543210}}';
    for (const text of [deep, huge, `\uFEFF${huge}`, `  \n${huge}`]) {
      expect(inputExchanges('body.json', text, NO_PATTERNS)).toEqual(
        E.right([{ origin: 'body.json', exchange: decodedAlone(text, 'application/json') }]),
      );
    }
    const decoded = inputExchanges('body.json', huge, NO_PATTERNS);
    expect(E.isRight(decoded) && decoded.right[0]?.exchange.preciseNumbers).toEqual([
      { path: 'created', digits: '12345678901234567890' },
      { path: 'x.seed', digits: '-98765432109876543210' },
    ]);
    const refused = inputExchanges('body.json', deep, NO_PATTERNS);
    expect(E.isRight(refused) && refused.right[0]?.exchange.issues.map((issue) => issue.message)).toEqual([
      'the body is too deeply nested to decode (more than 128 levels of arrays and objects); only its raw text is shown',
    ]);
  });
});
