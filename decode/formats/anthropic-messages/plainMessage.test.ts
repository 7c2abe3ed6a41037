import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FailureIssues } from '../../contract/failureIssues';
import { decodeExchange } from '../../decodeExchange';
import type { JsonRecord } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { bareChatExchange } from '../../../testing/exchanges';
import { readFormatFixture } from '../../../testing/fixtureFiles';
import { ErrorBody, Message } from './codecs';
import { isPlainErrorBody } from './plainErrorBody';
import { plainMessageExtensions } from './plainMessage';
import { whilePrototypePolluted } from '../../../testing/polluteObjectPrototype';

/**
 * The plain-body reading (plainMessage.ts) stands in for the contract walk and parseJson's scan on
 * the bodies it accepts: of each, the walk must find that it conforms, with exactly the extensions
 * the reader lists, and the scan nothing; every other body is left to the walk. And whole
 * exchanges must decode as when the walk reads every body (an enumerable property on
 * Object.prototype turns the reader off).
 */

const parsedFixture = (name: string): JsonRecord => JSON.parse(readFormatFixture('anthropic-messages', name)) as JsonRecord;

/** What the walk (with the scan alongside) finds of a body. */
const walked = (codec: typeof Message | typeof ErrorBody, body: unknown) => {
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const checked = new FailureIssues(codec).check(body, scan);
  return { ...checked, scan };
};

const NOTHING_SCANNED: ValueScan = { tooDeep: false, hugeNumber: false };

const exchange = (body: string, status: number) => bareChatExchange({ url: 'https://api.anthropic.com/v1/messages', status, body });

const decodeByWalk = (body: string, status: number) => whilePrototypePolluted(() => decodeExchange(exchange(body, status)));

describe('the recorded JSON bodies', () => {
  it('the three messages are plain; the thinking one lists its stop_details, as the walk does', () => {
    expect(plainMessageExtensions(parsedFixture('anthropic-json-text-1.json'))).toEqual([]);
    expect(plainMessageExtensions(parsedFixture('anthropic-json-toolcall-1.json'))).toEqual([]);
    // The body carries `"stop_details": null`, a field codecs.ts does not define.
    expect(plainMessageExtensions(parsedFixture('anthropic-json-thinking-1.json'))).toEqual([{ path: 'stop_details', value: null }]);
    for (const name of ['anthropic-json-text-1.json', 'anthropic-json-toolcall-1.json', 'anthropic-json-thinking-1.json']) {
      const body = parsedFixture(name);
      expect(walked(Message, body)).toEqual({ extensions: plainMessageExtensions(body), issues: [], scan: NOTHING_SCANNED });
    }
  });

  it('both error bodies are plain (the 529 with `details: null`, the 400 with request_id)', () => {
    for (const name of ['anthropic-error-400-1.json', 'anthropic-error-529-1.json']) {
      const body = parsedFixture(name);
      expect(isPlainErrorBody(body)).toBe(true);
      expect(walked(ErrorBody, body)).toEqual({ extensions: [], issues: [], scan: NOTHING_SCANNED });
    }
  });

  it('a message with a citation, a server tool or an unknown usage field is left to the walk', () => {
    const text = parsedFixture('anthropic-json-text-1.json');
    const block = { type: 'text', text: 'a', citations: [] };
    expect(plainMessageExtensions({ ...text, content: [block] })).toBeUndefined();
    expect(
      plainMessageExtensions({ ...text, content: [{ type: 'server_tool_use', id: 's', name: 'web_search', input: {} }] }),
    ).toBeUndefined();
    expect(plainMessageExtensions({ ...text, usage: { input_tokens: 1, output_tokens: 2, x_new: 3 } })).toBeUndefined();
    expect(plainMessageExtensions({ ...text, container: null })).toBeUndefined();
  });
});

describe('generated bodies near the recorded ones', () => {
  /** `levels` nested arrays. */
  const nested = (levels: number): unknown => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);
  const odd = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    fc.constantFrom(2 ** 60, -(2 ** 60), 1e21, 0.5, -1, null, '', [], {}, 'standard', 'end_turn', 'message', 'error'),
    fc.constantFrom(123, 124, 125, 126, 127, 128).map(nested),
  );
  /** A field's own kind of value most of the time, else something odd, or absent (JSON.stringify leaves out undefined). */
  const mostly = <T>(own: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 30, arbitrary: own }, { weight: 1, arbitrary: odd }, { weight: 1, arbitrary: fc.constant(undefined) });
  /** A field the plain reading does not expect, now and then. */
  const rarely = fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: odd });
  const count = mostly(fc.oneof(fc.nat(), fc.constant(2 ** 53 - 1)));
  const block = fc.oneof(
    { weight: 3, arbitrary: fc.record({ type: fc.constant('text'), text: mostly(fc.string({ maxLength: 6 })), citations: rarely }) },
    fc.record({
      type: fc.constant('thinking'),
      thinking: mostly(fc.string({ maxLength: 6 })),
      signature: mostly(fc.string({ maxLength: 4 })),
    }),
    fc.record({ type: fc.constant('redacted_thinking'), data: mostly(fc.string({ maxLength: 4 })) }),
    fc.record({
      type: fc.constant('tool_use'),
      id: mostly(fc.constant('toolu_1')),
      name: mostly(fc.constant('f')),
      input: mostly(fc.dictionary(fc.string({ maxLength: 3 }), odd, { maxKeys: 3 })),
      x_extra: rarely,
    }),
    {
      weight: 1,
      arbitrary: fc.oneof(fc.record({ type: fc.constantFrom('server_tool_use', 'x_new_block'), id: fc.string(), input: odd }), odd),
    },
  );
  const nullableCounts = (names: readonly string[]) =>
    mostly(fc.oneof(fc.constant(null), fc.record(Object.fromEntries(names.map((name) => [name, count])), { requiredKeys: [] })));
  const usage = fc.record({
    input_tokens: count,
    output_tokens: count,
    cache_creation_input_tokens: mostly(fc.oneof(fc.nat(), fc.constant(null))),
    cache_read_input_tokens: mostly(fc.nat()),
    cache_creation: nullableCounts(['ephemeral_5m_input_tokens', 'ephemeral_1h_input_tokens']),
    server_tool_use: nullableCounts(['web_search_requests', 'web_fetch_requests']),
    output_tokens_details: nullableCounts(['thinking_tokens']),
    service_tier: mostly(fc.constantFrom('standard', 'priority', 'batch', null, 'flex')),
    inference_geo: mostly(fc.constantFrom('global', null)),
    x_usage: rarely,
  });
  const message = fc.record({
    model: mostly(fc.constant('claude-x')),
    id: mostly(fc.constant('msg_1')),
    type: mostly(fc.constant('message')),
    role: mostly(fc.constant('assistant')),
    content: mostly(fc.array(block, { maxLength: 3 })),
    stop_reason: mostly(fc.constantFrom('end_turn', 'tool_use', 'max_tokens', null, 'stop')),
    stop_sequence: mostly(fc.constantFrom(null, '###')),
    usage: mostly(usage),
    stop_details: fc.oneof(fc.constant(undefined), odd),
    container: rarely,
    ['__proto__']: rarely,
  });
  const errorBody = fc.record({
    type: mostly(fc.constant('error')),
    error: mostly(
      fc.record({
        type: mostly(fc.constantFrom('overloaded_error', 'api_error', 'request_too_large', 'x_error')),
        message: mostly(fc.string()),
        details: fc.oneof(fc.constant(undefined), odd),
      }),
    ),
    request_id: mostly(fc.constant('req_1')),
  });

  it('a message read as plain is what the walk finds: conforming, the same extensions, nothing for the scan', () => {
    let plain = 0;
    let runs = 0;
    fc.assert(
      fc.property(message, (value) => {
        // Through JSON text, as a body comes (fc.record's `__proto__` becomes an own key, as JSON.parse makes it).
        const body = JSON.parse(JSON.stringify(value)) as JsonRecord;
        runs += 1;
        const extensions = plainMessageExtensions(body);
        if (extensions === undefined) return;
        plain += 1;
        expect(walked(Message, body)).toEqual({ extensions, issues: [], scan: NOTHING_SCANNED });
      }),
      { numRuns: 3000 },
    );
    // Both ways are taken often enough for the property to say something.
    expect(plain).toBeGreaterThan(runs / 20);
    expect(plain).toBeLessThan(runs - runs / 20);
  });

  it('an error body read as plain is what the walk finds: conforming, no extension, nothing for the scan', () => {
    let plain = 0;
    let runs = 0;
    fc.assert(
      fc.property(errorBody, (value) => {
        const body = JSON.parse(JSON.stringify(value)) as JsonRecord;
        runs += 1;
        if (!isPlainErrorBody(body)) return;
        plain += 1;
        expect(walked(ErrorBody, body)).toEqual({ extensions: [], issues: [], scan: NOTHING_SCANNED });
      }),
      { numRuns: 2000 },
    );
    expect(plain).toBeGreaterThan(runs / 20);
    expect(plain).toBeLessThan(runs - runs / 20);
  });

  it('whole exchanges decode as when the walk reads every body, at status 200 and 529', () => {
    fc.assert(
      fc.property(fc.oneof(message, errorBody), fc.constantFrom(200, 529), (value, status) => {
        const text = JSON.stringify(value);
        expect(decodeExchange(exchange(text, status))).toEqual(decodeByWalk(text, status));
      }),
      { numRuns: 1000 },
    );
  });
});
