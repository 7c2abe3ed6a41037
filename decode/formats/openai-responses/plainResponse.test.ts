import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FailureIssues } from '../../contract/failureIssues';
import { decodeExchange } from '../../decodeExchange';
import type { JsonRecord } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { whilePrototypePolluted } from '../../../testing/polluteObjectPrototype';
import { plainResponseExtensions } from './plainResponse';
import { ResponseObject } from './responseCodecs';

/**
 * The plain-response reading (plainResponse.ts) stands in for the contract walk and the scan
 * alongside it on the bodies it accepts: of each, the walk must find that it conforms, with exactly
 * the extensions the reader lists, and the scan nothing; every other body is left to the walk. And
 * whole exchanges must decode as when the walk reads every body (an enumerable property on
 * Object.prototype turns the reader off).
 */

const FORMAT = 'openai-responses';

/** What the walk (with the scan alongside) finds of a body. */
const walked = (body: unknown) => {
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const checked = new FailureIssues(ResponseObject).check(body, scan);
  return { ...checked, scan };
};

const NOTHING_SCANNED: ValueScan = { tooDeep: false, hugeNumber: false };

const exchange = (body: string, status: number) => bareChatExchange({ url: 'https://api.openai.com/v1/responses', status, body });

const decodeByWalk = (body: string, status: number) => whilePrototypePolluted(() => decodeExchange(exchange(body, status)));

/**
 * Holds a reader to the walk on generated texts: `readAndCheck` reads one, checks its answer against
 * the walk's where it took it, and says whether it did. Both ways must be taken often enough for the
 * property to say something.
 */
const holdsBothWays = (texts: fc.Arbitrary<string>, readAndCheck: (text: string) => boolean, numRuns: number): void => {
  let plain = 0;
  let runs = 0;
  fc.assert(
    fc.property(texts, (text) => {
      runs += 1;
      if (readAndCheck(text)) plain += 1;
    }),
    { numRuns },
  );
  expect(plain).toBeGreaterThan(runs / 20);
  expect(plain).toBeLessThan(runs - runs / 20);
};

describe('the recorded JSON bodies', () => {
  const responses = formatFixtureNames(FORMAT)
    .filter((name) => name.endsWith('.json') && !name.includes('-error-'))
    .map((name) => ({ name, body: JSON.parse(readFormatFixture(FORMAT, name)) as JsonRecord }));

  it('every response read as plain is what the walk finds; four of the five are plain', () => {
    let plain = 0;
    for (const { body } of responses) {
      const extensions = plainResponseExtensions(body);
      if (extensions === undefined) continue;
      plain += 1;
      expect(walked(body)).toEqual({ extensions, issues: [], scan: NOTHING_SCANNED });
    }
    expect(plain).toBe(4);
  });

  it('lists OpenAI’s `billing` as the walk does; leaves a usage extension, an error and an unknown item to the walk', () => {
    const reasoning = responses.find(({ name }) => name === 'openai-responses-json-reasoning-1.json')?.body ?? {};
    expect(plainResponseExtensions(reasoning)).toEqual([{ path: 'billing', value: { payer: 'developer' } }]);
    // openai-responses-json-text-1.json: `usage.input_tokens_details.cache_write_tokens`.
    const text = responses.find(({ name }) => name === 'openai-responses-json-text-1.json')?.body ?? {};
    expect(plainResponseExtensions(text)).toBeUndefined();
    expect(plainResponseExtensions({ ...reasoning, error: { code: 'x', message: 'failed' } })).toBeUndefined();
    expect(plainResponseExtensions({ ...reasoning, output: [{ type: 'x_new_call', id: 'x' }] })).toBeUndefined();
  });
});

describe('generated bodies near the recorded ones', () => {
  /** `levels` nested arrays. */
  const nested = (levels: number): unknown => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);
  const deep = fc.constantFrom(120, 121, 122, 123, 124, 125, 126, 127, 128).map(nested);
  const odd = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    fc.constantFrom(2 ** 60, -(2 ** 60), 1e21, 0.5, -1, null, '', [], {}, true, 'completed', 'response', 'assistant', 'summary_text'),
    deep,
  );
  /** A field's own kind of value most of the time, else something odd, or absent (JSON.stringify leaves out undefined). */
  const mostly = <T>(own: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 80, arbitrary: own }, { weight: 1, arbitrary: odd }, { weight: 1, arbitrary: fc.constant(undefined) });
  /** A field the plain reading does not expect, now and then. */
  const rarely = fc.oneof({ weight: 30, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: odd });
  /** An opaque value the walk scans: an object holding deep or huge values now and then. */
  const opaque = fc.oneof(
    {
      weight: 15,
      arbitrary: fc.dictionary(
        fc.string({ maxLength: 3 }),
        fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(null)),
        {
          maxKeys: 3,
        },
      ),
    },
    fc.record({ a: fc.oneof(deep, fc.constantFrom(2 ** 60, 1.5, -(2 ** 53))) }),
  );
  const text = fc.string({ maxLength: 6 });
  const number = fc.oneof(fc.nat(), fc.constantFrom(0.7, 2 ** 53 - 1, -(2 ** 53 - 1)));
  const status = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom('completed', 'in_progress', 'incomplete', 'searching', 'failed') },
    fc.constant('x_status'),
  );
  const annotation = fc.record({
    type: mostly(fc.constant('url_citation')),
    url: mostly(text),
    title: mostly(text),
    start_index: mostly(number),
    end_index: mostly(number),
    index: rarely,
    file_id: rarely,
    x_annotation: rarely,
  });
  const part = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        type: mostly(fc.constant('output_text')),
        text: mostly(text),
        annotations: mostly(fc.array(annotation, { maxLength: 2 })),
        logprobs: mostly(fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, fc.array(opaque, { maxLength: 2 }))),
      }),
    },
    fc.record({ type: fc.constant('refusal'), refusal: mostly(text), annotations: rarely }),
    fc.record({ type: fc.constant('reasoning_text'), text: mostly(text), logprobs: rarely }),
  );
  const summary = fc.record({ type: mostly(fc.constant('summary_text')), text: mostly(text), x_summary: rarely });
  const item = fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    fc.record({
      id: mostly(fc.constant('msg_1')),
      type: fc.constant('message'),
      status: mostly(status),
      content: mostly(fc.array(part, { maxLength: 2 })),
      role: mostly(fc.constant('assistant')),
      x_item: rarely,
    }),
    fc.record({
      id: mostly(fc.constant('rs_1')),
      type: fc.constant('reasoning'),
      encrypted_content: mostly(fc.oneof(text, fc.constant(null))),
      summary: mostly(fc.array(summary, { maxLength: 2 })),
      content: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, fc.array(part, { maxLength: 2 })),
      status: rarely,
    }),
    fc.record({
      id: mostly(fc.constant('fc_1')),
      type: fc.constant('function_call'),
      status: mostly(status),
      arguments: mostly(text),
      call_id: mostly(fc.constant('call_1')),
      name: mostly(fc.constant('f')),
      input: rarely,
    }),
    fc.record({ id: mostly(fc.constant('ws_1')), type: fc.constant('web_search_call'), status: mostly(status), action: mostly(opaque) }),
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constantFrom('custom_tool_call', 'file_search_call', 'x_new_call'), id: text, call_id: rarely }),
    },
  );
  const nullable = <T>(own: fc.Arbitrary<T>) => fc.oneof(own, fc.constant(null));
  const usage = fc.record({
    input_tokens: mostly(number),
    input_tokens_details: mostly(fc.record({ cached_tokens: mostly(number), cache_write_tokens: rarely })),
    output_tokens: mostly(number),
    output_tokens_details: mostly(fc.record({ reasoning_tokens: mostly(number) })),
    total_tokens: mostly(number),
    x_usage: rarely,
  });
  const response = fc.record({
    id: mostly(fc.constant('resp_1')),
    object: mostly(fc.constant('response')),
    created_at: mostly(number),
    status: mostly(
      fc.oneof(
        { weight: 10, arbitrary: fc.constantFrom('completed', 'failed', 'in_progress', 'cancelled', 'queued', 'incomplete') },
        fc.constant('x_status'),
      ),
    ),
    background: mostly(fc.oneof(fc.boolean(), fc.constant(null))),
    billing: fc.oneof(fc.constant(undefined), fc.constant({ payer: 'developer' }), odd),
    error: mostly(fc.oneof({ weight: 15, arbitrary: fc.constant(null) }, fc.record({ code: nullable(text), message: text }))),
    incomplete_details: mostly(fc.oneof({ weight: 15, arbitrary: fc.constant(null) }, fc.record({ reason: text }))),
    instructions: mostly(fc.oneof({ weight: 15, arbitrary: nullable(text) }, fc.array(opaque, { maxLength: 1 }))),
    max_output_tokens: mostly(nullable(number)),
    max_tool_calls: mostly(nullable(number)),
    model: mostly(fc.constant('gpt-x')),
    output: mostly(fc.array(item, { maxLength: 4 })),
    parallel_tool_calls: mostly(fc.boolean()),
    previous_response_id: mostly(nullable(text)),
    prompt_cache_key: mostly(nullable(text)),
    prompt_cache_retention: mostly(nullable(text)),
    reasoning: mostly(
      nullable(
        fc.record({ effort: mostly(nullable(text)), summary: mostly(nullable(text)), generate_summary: rarely, x_reasoning: rarely }),
      ),
    ),
    safety_identifier: mostly(nullable(text)),
    service_tier: mostly(nullable(text)),
    store: mostly(fc.boolean()),
    temperature: mostly(nullable(number)),
    text: mostly(opaque),
    tool_choice: mostly(fc.oneof(text, opaque)),
    tools: mostly(fc.array(opaque, { maxLength: 2 })),
    top_logprobs: mostly(nullable(number)),
    top_p: mostly(nullable(number)),
    truncation: mostly(nullable(text)),
    usage: mostly(nullable(usage)),
    user: mostly(nullable(text)),
    metadata: mostly(nullable(opaque)),
    conversation: rarely,
    prompt: rarely,
    completed_at: mostly(nullable(number)),
    output_text: rarely,
    frequency_penalty: rarely,
    presence_penalty: rarely,
    x_extension: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, odd),
    ['__proto__']: rarely,
  });
  /** The body as JSON text with its top-level keys in any order (the walk reports extensions in the body's order). */
  const bodyText = response.chain((value) => {
    const entries = Object.entries(value).filter(([, field]) => field !== undefined);
    return fc
      .shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })
      .map((ordered) => `{${ordered.map(([key, field]) => `${JSON.stringify(key)}:${JSON.stringify(field)}`).join(',')}}`);
  });

  it('a response read as plain is what the walk finds: conforming, the same extensions, nothing for the scan', () => {
    holdsBothWays(
      bodyText,
      (text) => {
        // Through JSON text, as a body comes (a `__proto__` key is an own key, as JSON.parse makes it).
        const body = JSON.parse(text) as JsonRecord;
        const extensions = plainResponseExtensions(body);
        if (extensions === undefined) return false;
        expect(walked(body)).toEqual({ extensions, issues: [], scan: NOTHING_SCANNED });
        return true;
      },
      3000,
    );
  });

  it('whole exchanges decode as when the walk reads every body, at status 200 and 500', () => {
    fc.assert(
      fc.property(bodyText, fc.constantFrom(200, 500), (text, status) => {
        expect(decodeExchange(exchange(text, status))).toEqual(decodeByWalk(text, status));
      }),
      { numRuns: 1000 },
    );
  });
});
