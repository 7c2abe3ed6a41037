import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkContract } from '../../contract/walkContract';
import { decodeExchange } from '../../decodeExchange';
import type { JsonRecord } from '../../lenientFields';
import { recordOf } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { parseSse } from '../../sse';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { formatExchange } from '../../../testing/formatExchanges';
import { field, fieldsOf, maybe, objectOf, sometimes } from '../../../testing/nearPlainValues';
import { STREAM_EVENT_CODECS } from './codecs';
import { isPlainMessageEvent } from './plainMessageEvent';
import { whilePrototypePolluted } from '../../../testing/polluteObjectPrototype';

/**
 * The plain reading of message_start and message_delta (plainMessageEvent.ts) stands in for the
 * walk of those events: whatever it reads as plain, the walk must find conforming, with no
 * extension, no huge number and no deep nesting. Held to the walk itself, on the recorded events
 * and on generated ones near them; and whole streams decode as when the walk reads every event.
 */

const FORMAT = 'anthropic-messages';
const MESSAGE_EVENTS = ['message_start', 'message_delta'];
const STREAMS = formatFixtureNames(FORMAT).filter((name) => name.endsWith('.sse'));

/** Every event of the recorded streams, parsed. */
const recordedEvents: JsonRecord[] = STREAMS.flatMap((name) => parseSse(readFormatFixture(FORMAT, name)).events).flatMap((event) => {
  let value: unknown;
  try {
    value = JSON.parse(event.data);
  } catch {
    return [];
  }
  const record = recordOf(value);
  return record === undefined ? [] : [record];
});

const NOTHING_FOUND = { conforms: true, extensions: [], scan: { tooDeep: false, hugeNumber: false } };

/** What the walk says of an event, against the codec of its own type: conforms, its extensions, what its scan found. */
const walked = (event: JsonRecord) => {
  const codec = typeof event.type === 'string' ? STREAM_EVENT_CODECS.get(event.type) : undefined;
  if (codec === undefined) return { conforms: false, extensions: [], scan: { tooDeep: false, hugeNumber: false } };
  const extensions: string[] = [];
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const conforms = walkContract(codec, event, (steps) => extensions.push(steps.join('.')), { places: [], reusable: true }, scan);
  return { conforms, extensions, scan };
};

/** An object of the given fields, with some extra keys in one of five (every nested object adding them makes plain events rare). */
const objectNear = (fields: readonly fc.Arbitrary<[string, unknown]>[], extra: readonly string[]) =>
  fc.oneof({ weight: 4, arbitrary: objectOf(fc.tuple(...fields)) }, { weight: 1, arbitrary: fieldsOf(fields, extra) });

const count = fc.oneof(fc.nat(), fc.constant(2 ** 53 - 1));
const nullableCount = fc.oneof(count, fc.constant(null));
/** null, or an object of some of `names`, each a count most of the time. */
const nullableCounts = (names: readonly string[]) =>
  fc.oneof(
    fc.constant(null),
    objectNear(
      names.map((name) => field(name, sometimes(maybe(count)))),
      ['input_tokens'],
    ),
  );
const stopReason = fc.constantFrom('end_turn', 'tool_use', 'max_tokens', 'refusal', null, 'stop', '');

/** `levels` nested arrays. */
const nested = (levels: number): unknown => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);

/** A block of message_start's content (empty in every recorded stream): text, or a tool call whose input may nest deep. */
const block = fc.oneof(
  objectNear([field('type', fc.constant('text')), field('text', maybe(fc.string({ maxLength: 3 })))], ['citations']),
  objectNear(
    [
      field('type', fc.constant('tool_use')),
      field('id', maybe(fc.constant('toolu_1'))),
      field('name', maybe(fc.constant('f'))),
      // Nested up to either side of the scan's limit, which lies one level nearer in an event than in a JSON body.
      field(
        'input',
        maybe(
          fc.oneof(
            fc.constant({}),
            fc.integer({ min: 118, max: 128 }).map((levels) => ({ a: nested(levels) })),
          ),
        ),
      ),
    ],
    ['x_block'],
  ),
);

const usage = objectNear(
  [
    field('input_tokens', maybe(count)),
    field('output_tokens', maybe(count)),
    field('cache_creation_input_tokens', sometimes(maybe(nullableCount))),
    field('cache_read_input_tokens', sometimes(maybe(nullableCount))),
    field('cache_creation', sometimes(maybe(nullableCounts(['ephemeral_5m_input_tokens', 'ephemeral_1h_input_tokens'])))),
    field('server_tool_use', sometimes(maybe(nullableCounts(['web_search_requests', 'web_fetch_requests'])))),
    field('output_tokens_details', sometimes(maybe(nullableCounts(['thinking_tokens'])))),
    field('service_tier', sometimes(maybe(fc.constantFrom('standard', 'priority', 'batch', null, 'flex')))),
    field('inference_geo', sometimes(maybe(fc.constantFrom('not_available', null)))),
  ],
  ['x_usage'],
);

const message = objectNear(
  [
    field('id', maybe(fc.constant('msg_1'))),
    field('type', maybe(fc.constant('message'))),
    field('role', maybe(fc.constant('assistant'))),
    field('model', maybe(fc.constant('claude-x'))),
    field('content', maybe(fc.oneof(fc.constant([]), fc.array(block, { minLength: 1, maxLength: 2 })))),
    field('stop_reason', maybe(stopReason)),
    field('stop_sequence', sometimes(maybe(fc.constantFrom(null, '###')))),
    field('usage', maybe(usage)),
  ],
  ['stop_details', 'container'],
);

const messageStart = objectNear([field('type', maybe(fc.constant('message_start'))), field('message', maybe(message))], ['index', 'usage']);

const deltaUsage = objectNear(
  [
    field('output_tokens', maybe(count)),
    field('input_tokens', sometimes(maybe(nullableCount))),
    field('cache_creation_input_tokens', sometimes(maybe(nullableCount))),
    field('cache_read_input_tokens', sometimes(maybe(nullableCount))),
    field('server_tool_use', sometimes(maybe(nullableCounts(['web_search_requests', 'web_fetch_requests'])))),
    field('output_tokens_details', sometimes(maybe(nullableCounts(['thinking_tokens'])))),
  ],
  ['cache_creation', 'service_tier', 'x_usage'],
);

const messageDelta = objectNear(
  [
    field('type', maybe(fc.constant('message_delta'))),
    field(
      'delta',
      maybe(
        objectNear(
          [field('stop_reason', maybe(stopReason)), field('stop_sequence', sometimes(maybe(fc.constantFrom(null, '###'))))],
          ['type'],
        ),
      ),
    ),
    field('usage', maybe(deltaUsage)),
  ],
  ['message', 'index'],
);

/** A recorded stream with its first message_start or message_delta event replaced by `event`. */
const withEvent = (stream: string, event: JsonRecord): string => {
  const type = String(event.type);
  const kind = type === 'message_start' || type === 'message_delta' ? type : 'message_delta';
  return stream.replace(new RegExp(`data: \\{"type":"${kind}".*`), () => `data: ${JSON.stringify(event)}`);
};

/** A stream decoded with the plain readers turned off (an enumerable property on Object.prototype: the walk reads every event). */
const decodeByWalk = (name: string, text: string) => whilePrototypePolluted(() => decodeExchange(formatExchange(FORMAT, name, text)));

describe('anthropic-messages: a plain message_start or message_delta is what the walk finds plain', () => {
  it('reads every recorded message_start and message_delta as plain, and nothing else', () => {
    const messageEvents = recordedEvents.filter((event) => MESSAGE_EVENTS.includes(String(event.type)));
    // Six streams: six message_starts, five message_deltas (the error stream stops before its delta).
    expect(messageEvents.length).toBe(11);
    for (const event of messageEvents) {
      expect(isPlainMessageEvent(event)).toBe(true);
      expect(walked(event)).toEqual(NOTHING_FOUND);
    }
    for (const event of recordedEvents.filter((one) => !MESSAGE_EVENTS.includes(String(one.type))))
      expect(isPlainMessageEvent(event)).toBe(false);
  });

  it('reads as plain only what the walk finds conforming with no extension and nothing to scan for', () => {
    let plainSeen = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(messageStart, messageDelta), (event) => {
        runs += 1;
        if (!isPlainMessageEvent(event)) return;
        plainSeen += 1;
        expect(walked(event)).toEqual(NOTHING_FOUND);
      }),
      { numRuns: 4_000 },
    );
    // Both ways are taken often enough for the property to say something.
    expect(plainSeen).toBeGreaterThan(runs / 20);
    expect(plainSeen).toBeLessThan(runs - runs / 20);
  });

  it('streams decode as when the walk reads every event, recorded and with a generated message event', () => {
    for (const name of STREAMS) {
      const text = readFormatFixture(FORMAT, name);
      expect(decodeExchange(formatExchange(FORMAT, name, text))).toEqual(decodeByWalk(name, text));
    }
    fc.assert(
      fc.property(fc.constantFrom(...STREAMS), fc.oneof(messageStart, messageDelta), (name, event) => {
        const text = withEvent(readFormatFixture(FORMAT, name), event);
        expect(decodeExchange(formatExchange(FORMAT, name, text))).toEqual(decodeByWalk(name, text));
      }),
      { numRuns: 300 },
    );
  });
});
