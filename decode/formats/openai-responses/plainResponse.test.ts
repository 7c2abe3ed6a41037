import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FailureIssues } from '../../contract/failureIssues';
import { decodeExchange } from '../../decodeExchange';
import type { JsonRecord } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { bareChatExchange } from '../../../testing/exchanges';
import { readFormatFixture } from '../../../testing/fixtureFiles';
import { plainResponseExtensions } from './plainResponse';
import { ResponseObject } from './responseCodecs';

/**
 * The plain-response reading (plainResponse.ts) stands in for the contract walk and parseJson's
 * scan on the bodies it accepts: of each, the walk must find that it conforms, with exactly the
 * extensions the reader lists, and the scan nothing; every other body is left to the walk. And
 * whole exchanges must decode as when the walk reads every body (an enumerable property on
 * Object.prototype turns the reader off).
 */

const parsedFixture = (name: string): JsonRecord => JSON.parse(readFormatFixture('openai-responses', name)) as JsonRecord;

const checks = new FailureIssues(ResponseObject);

/** What the walk (with the scan alongside) finds of a body. */
const walked = (body: unknown) => {
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  return { ...checks.check(body, scan), scan };
};

const NOTHING_SCANNED: ValueScan = { tooDeep: false, hugeNumber: false };

const exchange = (body: string, status: number) => bareChatExchange({ url: 'https://api.openai.com/v1/responses', status, body });

const decodeByWalk = (body: string, status: number) => {
  Reflect.defineProperty(Object.prototype, 'polluted', { value: 'inherited', enumerable: true, configurable: true, writable: true });
  try {
    return decodeExchange(exchange(body, status));
  } finally {
    Reflect.deleteProperty(Object.prototype, 'polluted');
  }
};

describe('the recorded JSON bodies', () => {
  it('four responses are plain, OpenAI’s with its `billing` extension, as the walk finds them', () => {
    const billing = [{ path: 'billing', value: { payer: 'developer' } }];
    expect(plainResponseExtensions(parsedFixture('openai-responses-json-reasoning-1.json'))).toEqual(billing);
    expect(plainResponseExtensions(parsedFixture('openai-responses-json-toolcall-1.json'))).toEqual(billing);
    expect(plainResponseExtensions(parsedFixture('openai-responses-json-websearch-1.json'))).toEqual(billing);
    expect(plainResponseExtensions(parsedFixture('lmstudio-responses-json-toolcall-1.json'))).toEqual([]);
    for (const name of [
      'openai-responses-json-reasoning-1.json',
      'openai-responses-json-toolcall-1.json',
      'openai-responses-json-websearch-1.json',
      'lmstudio-responses-json-toolcall-1.json',
    ]) {
      const body = parsedFixture(name);
      expect(walked(body)).toEqual({ extensions: plainResponseExtensions(body), issues: [], scan: NOTHING_SCANNED });
    }
  });

  it('the text body is left to the walk: its usage holds `cache_write_tokens`, an extension inside', () => {
    expect(plainResponseExtensions(parsedFixture('openai-responses-json-text-1.json'))).toBeUndefined();
    expect(walked(parsedFixture('openai-responses-json-text-1.json')).extensions.map((found) => found.path)).toEqual([
      'usage.input_tokens_details.cache_write_tokens',
    ]);
  });
});

describe('generated bodies near the recorded ones', () => {
  const nested = (levels: number): unknown => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);
  const odd = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    fc.constantFrom(2 ** 60, -(2 ** 60), 1e21, 0.5, -1, null, '', [], {}, 'completed', 'message', 'response'),
    fc.constantFrom(123, 124, 125, 126, 127, 128).map(nested),
  );
  /** A field's own kind of value most of the time, else something odd, or absent (JSON.stringify leaves out undefined). */
  const mostly = <T>(own: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 60, arbitrary: own }, { weight: 1, arbitrary: odd }, { weight: 1, arbitrary: fc.constant(undefined) });
  const rarely = fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: odd });
  const status = mostly(fc.constantFrom('completed', 'in_progress', 'incomplete', 'done'));
  const annotation = fc.record({
    type: mostly(fc.constant('url_citation')),
    url: mostly(fc.constant('https://a.example')),
    title: mostly(fc.string({ maxLength: 4 })),
    start_index: mostly(fc.nat()),
    end_index: mostly(fc.oneof(fc.nat(), fc.constant(2 ** 53 - 1))),
    x_note: rarely,
  });
  const part = fc.oneof(
    fc.record({
      type: fc.constant('output_text'),
      text: mostly(fc.string({ maxLength: 6 })),
      annotations: mostly(fc.array(annotation, { maxLength: 2 })),
      logprobs: mostly(fc.array(fc.dictionary(fc.string({ maxLength: 2 }), odd, { maxKeys: 2 }), { maxLength: 2 })),
    }),
    fc.record({ type: fc.constant('refusal'), refusal: mostly(fc.string({ maxLength: 4 })) }),
  );
  const summary = fc.record({ type: mostly(fc.constant('summary_text')), text: mostly(fc.string({ maxLength: 4 })) });
  const item = fc.oneof(
    fc.record({
      type: fc.constant('message'),
      id: mostly(fc.constant('msg_1')),
      role: mostly(fc.constant('assistant')),
      status,
      content: mostly(fc.array(part, { maxLength: 2 })),
    }),
    fc.record({
      type: fc.constant('reasoning'),
      id: mostly(fc.constant('rs_1')),
      summary: mostly(fc.array(summary, { maxLength: 2 })),
      encrypted_content: mostly(fc.constantFrom(null, 'gAAA')),
      x_item: rarely,
    }),
    fc.record({
      type: fc.constant('function_call'),
      call_id: mostly(fc.constant('call_1')),
      name: mostly(fc.constant('f')),
      arguments: mostly(fc.constant('{"a":1}')),
      status,
    }),
    fc.record({
      type: fc.constant('web_search_call'),
      id: mostly(fc.constant('ws_1')),
      status,
      action: mostly(fc.dictionary(fc.string({ maxLength: 3 }), odd, { maxKeys: 2 })),
    }),
    { weight: 1, arbitrary: fc.oneof(fc.record({ type: fc.constantFrom('x_new_item', 'computer_call'), id: fc.string() }), odd) },
  );
  const usage = fc.record({
    input_tokens: mostly(fc.nat()),
    output_tokens: mostly(fc.nat()),
    total_tokens: mostly(fc.oneof(fc.nat(), fc.constant(2 ** 53 - 1))),
    input_tokens_details: mostly(fc.record({ cached_tokens: mostly(fc.nat()), cache_write_tokens: rarely })),
    output_tokens_details: mostly(fc.record({ reasoning_tokens: mostly(fc.nat()) })),
  });
  const response = fc.record({
    id: mostly(fc.constant('resp_1')),
    object: fc.constant('response'),
    created_at: mostly(fc.oneof(fc.nat(), fc.double())),
    status: mostly(fc.constantFrom('completed', 'failed', 'incomplete', 'queued', 'done')),
    error: mostly(
      fc.oneof(fc.constant(null), fc.record({ code: mostly(fc.constantFrom(null, 'server_error')), message: mostly(fc.string()) })),
    ),
    incomplete_details: mostly(fc.oneof(fc.constant(null), fc.record({ reason: mostly(fc.constant('max_output_tokens')) }))),
    model: mostly(fc.constant('gpt-x')),
    output: mostly(fc.array(item, { maxLength: 3 })),
    usage: mostly(fc.oneof(fc.constant(null), usage)),
    reasoning: mostly(fc.record({ effort: mostly(fc.constantFrom(null, 'low')), summary: mostly(fc.constantFrom(null, 'auto')) })),
    tools: mostly(fc.array(fc.dictionary(fc.string({ maxLength: 3 }), odd, { maxKeys: 2 }), { maxLength: 2 })),
    text: mostly(fc.record({ format: fc.record({ type: fc.constant('text') }) })),
    metadata: mostly(fc.dictionary(fc.string({ maxLength: 3 }), odd, { maxKeys: 2 })),
    temperature: mostly(fc.constantFrom(null, 1, 0.7)),
    parallel_tool_calls: mostly(fc.boolean()),
    billing: fc.oneof(fc.constant(undefined), odd),
    x_extra: rarely,
  });

  it('a response read as plain is what the walk finds: conforming, the same extensions, nothing for the scan', () => {
    let plain = 0;
    let runs = 0;
    fc.assert(
      fc.property(response, (value) => {
        const body = JSON.parse(JSON.stringify(value)) as JsonRecord;
        runs += 1;
        const extensions = plainResponseExtensions(body);
        if (extensions === undefined) return;
        plain += 1;
        expect(walked(body)).toEqual({ extensions, issues: [], scan: NOTHING_SCANNED });
      }),
      { numRuns: 3000 },
    );
    // Both ways are taken often enough for the property to say something.
    expect(plain).toBeGreaterThan(runs / 20);
    expect(plain).toBeLessThan(runs - runs / 20);
  });

  it('whole exchanges decode as when the walk reads every body, at status 200 and 500', () => {
    fc.assert(
      fc.property(response, fc.constantFrom(200, 500), (value, code) => {
        const text = JSON.stringify(value);
        expect(decodeExchange(exchange(text, code))).toEqual(decodeByWalk(text, code));
      }),
      { numRuns: 1000 },
    );
  });
});
