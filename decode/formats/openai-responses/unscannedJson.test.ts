import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import type { FormatDecodeOptions } from '../wireFormat';
import { nestedArrays, optionsForStatus, scannedFirstAnswer, unscannedAnswer } from '../unscannedJsonPaths';
import { openaiResponses } from './index';

/**
 * Responses JSON bodies parsed without parseJson's scan (unscannedJson.ts): a response object's
 * walk against ResponseObject stands in for the scan. Whatever the body, the answer must be the one
 * it gets when scanned first (parseResponseBody, then decodeBody), and a body nested too deeply
 * must be left to that path (undefined), which refuses it as text.
 */

const TOO_DEEP = 'the body is too deeply nested to decode (more than 128 levels of arrays and objects); only its raw text is shown';

const exchange = (body: string, status = 200) => bareChatExchange({ url: 'https://api.openai.com/v1/responses', status, body });

const scannedFirst = (text: string, options: FormatDecodeOptions) => scannedFirstAnswer(openaiResponses, text, options);
const unscanned = (text: string, options: FormatDecodeOptions) => unscannedAnswer(openaiResponses, text, options);

const HEAD = '"id": "resp_1", "object": "response", "created_at": 1754925861, "model": "gpt-x"';

describe('the recorded JSON bodies', () => {
  it('are all six, each decoded as when scanned first, with no issue of nesting', () => {
    const names = formatFixtureNames('openai-responses').filter((name) => name.endsWith('.json'));
    expect(names).toHaveLength(6);
    for (const name of names) {
      const text = readFormatFixture('openai-responses', name);
      const options = optionsForStatus(name.includes('error') ? 429 : 200);
      const parts = unscanned(text, options);
      expect(parts).toEqual(scannedFirst(text, options));
      expect(parts?.issues.map((issue) => issue.message)).not.toContain(TOO_DEEP);
    }
  });

  it('the text body reads as its bytes say (openai-responses-json-text-1.json)', () => {
    const decoded = decodeExchange(exchange(readFormatFixture('openai-responses', 'openai-responses-json-text-1.json')));
    expect(decoded?.issues).toEqual([]);
    expect(decoded?.completion?.choices[0]?.finish_reason).toBe('completed');
    expect(decoded?.completion?.usage).toMatchObject({ prompt_tokens: 14, completion_tokens: 50, total_tokens: 64 });
    expect(decoded?.completion?.choices[0]?.message.content).toMatch(/^I can't provide real-time updates/);
  });
});

describe('nesting and huge numbers, through decodeExchange', () => {
  // The body is level 1; output 2, the item 3; `arguments` is a string, so nesting goes in an extension of the item (its value level 4).
  const inItem = (levels: number) =>
    `{${HEAD}, "output": [{"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}", "x_deep": ${nestedArrays(levels - 3)}}]}`;
  // `metadata` is a field of the response (level 2) the contract does not walk into.
  const inMetadata = (levels: number) => `{${HEAD}, "output": [], "metadata": {"a": ${nestedArrays(levels - 2)}}}`;
  const inExtension = (levels: number) => `{${HEAD}, "output": [], "x_deep": ${nestedArrays(levels - 1)}}`;

  it('128 levels are read; 129 are refused as text, issue for issue as when scanned first', () => {
    for (const at of [inItem, inMetadata, inExtension]) {
      const read = decodeExchange(exchange(at(128)));
      expect(read?.issues.map((issue) => issue.message)).not.toContain(TOO_DEEP);
      expect(read?.completion?.id).toBe('resp_1');
      const refused = decodeExchange(exchange(at(129)));
      expect(refused?.completion).toBeNull();
      expect(refused?.issues.map((issue) => [issue.path, issue.message])).toEqual([['', TOO_DEEP]]);
      expect(unscanned(at(129), optionsForStatus(200))).toBeUndefined();
      expect(unscanned(at(128), optionsForStatus(200))).toEqual(scannedFirst(at(128), optionsForStatus(200)));
    }
  });

  it('an integer beyond 2^53 keeps its digits, in usage, in metadata and in an extension', () => {
    const body = `{${HEAD}, "output": [], "usage": {"input_tokens": 98765432109876543210, "output_tokens": 2, "total_tokens": 3}, "metadata": {"n": 12345678901234567890}, "x_seed": 11111111111111111111}`;
    expect(decodeExchange(exchange(body))?.preciseNumbers).toEqual([
      { path: 'usage.input_tokens', digits: '98765432109876543210' },
      { path: 'metadata.n', digits: '12345678901234567890' },
      { path: 'x_seed', digits: '11111111111111111111' },
    ]);
    expect(unscanned(body, optionsForStatus(200))).toEqual(scannedFirst(body, optionsForStatus(200)));
  });
});

describe('generated bodies near the recorded ones', () => {
  const odd = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    fc.constantFrom(2 ** 60, -(2 ** 60), 1e21, 0.5, null, '', [], {}),
    fc.constantFrom(124, 125, 126, 127).map((levels) => JSON.parse(nestedArrays(levels)) as unknown),
  );
  const item = fc.oneof(
    fc.record({
      type: fc.constant('message'),
      id: fc.constant('msg_1'),
      role: fc.constant('assistant'),
      content: fc.oneof(
        fc.array(fc.record({ type: fc.constant('output_text'), text: fc.string({ maxLength: 8 }), annotations: odd })),
        odd,
      ),
    }),
    fc.record({
      type: fc.constant('function_call'),
      call_id: fc.constant('c'),
      name: fc.constant('f'),
      arguments: fc.oneof(fc.string(), odd),
    }),
    fc.record({ type: fc.constantFrom('web_search_call', 'reasoning', 'x_new_item'), id: fc.string(), action: odd, summary: odd }),
    odd,
  );
  const usage = fc.record(
    { input_tokens: fc.oneof(fc.nat(), odd), output_tokens: fc.nat(), total_tokens: fc.oneof(fc.nat(), odd), x_cost: odd },
    { requiredKeys: [] },
  );
  const response = fc.record(
    {
      id: fc.oneof(fc.constant('resp_1'), odd),
      object: fc.oneof({ weight: 4, arbitrary: fc.constant('response') }, odd),
      created_at: fc.oneof(fc.nat(), odd),
      model: fc.oneof(fc.constant('gpt-x'), odd),
      status: fc.oneof(fc.constantFrom('completed', 'failed', 'incomplete'), odd),
      error: fc.oneof(fc.constant(null), fc.record({ code: fc.constant('server_error'), message: fc.string() }), odd),
      output: fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 3 }) }, odd),
      usage: fc.oneof({ weight: 4, arbitrary: usage }, odd),
      metadata: odd,
      x_extra: odd,
    },
    { requiredKeys: [] },
  );
  const errorBody = fc.record({ error: fc.oneof(fc.record({ message: fc.string(), type: fc.string(), code: odd }), odd) });
  const body = fc.oneof({ weight: 4, arbitrary: response }, errorBody, odd);

  it('decode as when scanned first (or are left to it when too deep), at status 200 and 500', () => {
    fc.assert(
      fc.property(body, fc.constantFrom(200, 500), (value, status) => {
        const text = JSON.stringify(value);
        const options = optionsForStatus(status);
        const expected = scannedFirst(text, options);
        const parts = unscanned(text, options);
        if (parts === undefined) expect(expected.issues.map((issue) => issue.message)).toEqual([TOO_DEEP]);
        else expect(parts).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
