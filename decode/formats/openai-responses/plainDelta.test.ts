import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkContract } from '../../contract/walkContract';
import type { JsonRecord } from '../../lenientFields';
import { recordOf } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { parseSse } from '../../sse';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { eventCodec } from './eventCodecs';
import { plainDeltaReader } from './plainDelta';

/**
 * The plain-delta reader stands in for the walk of a delta event: whatever it reads as plain, the
 * walk must find conforming to the event's codec, with no extension, no huge number and no deep
 * nesting, and the reader's type, item, indexes and delta must be the event's own. Held to the
 * walk itself.
 */

const FORMAT = 'openai-responses';

/** The delta types the reassembler folds, and the field placing each delta in its item (read from the API reference). */
const PART_OF: Record<string, string | null> = {
  'response.output_text.delta': 'content_index',
  'response.refusal.delta': 'content_index',
  'response.reasoning_text.delta': 'content_index',
  'response.reasoning_summary_text.delta': 'summary_index',
  'response.function_call_arguments.delta': null,
  'response.custom_tool_call_input.delta': null,
};

/** Every event of the recorded streams, parsed. */
const recordedEvents: JsonRecord[] = formatFixtureNames(FORMAT)
  .filter((name) => name.endsWith('.sse'))
  .flatMap((name) => parseSse(readFormatFixture(FORMAT, name)).events)
  .flatMap((event) => {
    if (event.data.trim() === '[DONE]') return [];
    const record = recordOf(JSON.parse(event.data));
    return record === undefined ? [] : [record];
  });

/** What the walk says of an event against its type's codec: conforms, its extensions, what its scan found. */
const walked = (event: JsonRecord) => {
  const codec = typeof event.type === 'string' ? eventCodec(event.type) : undefined;
  if (codec === undefined) return undefined;
  const extensions: string[] = [];
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const conforms = walkContract(codec, event, (steps) => extensions.push(steps.join('.')), { places: [], reusable: true }, scan);
  return { conforms, extensions, scan };
};

const CLEAN = { conforms: true, extensions: [], scan: { tooDeep: false, hugeNumber: false } };

const read = plainDeltaReader(false);

/** A copy of the reader's answer (it is overwritten by the next read). */
const readCopy = (event: JsonRecord) => {
  const plain = read?.(event);
  return plain === undefined ? undefined : { ...plain };
};

/** What the reader must say of a plain event: its own fields, the part's index 0 where its type has none. */
const ownFields = (event: JsonRecord) => {
  const part = PART_OF[String(event.type)];
  return {
    type: event.type,
    itemId: event.item_id,
    outputIndex: event.output_index,
    partIndex: part === null || part === undefined ? 0 : event[part],
    delta: event.delta,
  };
};

interface Change {
  /** `rename part`: the field placing the delta (content_index, ...) sent under the name `key`, its value kept. */
  readonly how: 'set' | 'set first' | 'drop' | 'rename part';
  readonly key: string;
  readonly value: unknown;
}

const change: fc.Arbitrary<Change> = fc.record({
  how: fc.constantFrom('set', 'set first', 'drop', 'rename part'),
  key: fc.constantFrom(
    'type',
    'item_id',
    'output_index',
    'content_index',
    'summary_index',
    'delta',
    'sequence_number',
    'obfuscation',
    'logprobs',
    'response',
    'extra',
  ),
  value: fc.oneof(fc.anything({ maxDepth: 3 }), fc.constant([]), fc.constant(2 ** 60), fc.string()),
});

const changes: fc.Arbitrary<readonly Change[]> = fc.oneof(
  { arbitrary: fc.constant([]), weight: 1 },
  { arbitrary: fc.array(change, { minLength: 1, maxLength: 2 }), weight: 2 },
);

const number = fc.oneof(fc.nat(), fc.double(), fc.constant(2 ** 60));

/** A delta event as OpenAI or OpenRouter sends it, with up to two changes, as JSON.parse would hand it over. */
const nearlyPlain = fc
  .record({
    type: fc.constantFrom(...Object.keys(PART_OF), 'response.mcp_call_arguments.delta', 'response.output_text.done'),
    itemId: fc.string(),
    outputIndex: number,
    partIndex: number,
    delta: fc.string(),
    sequence: fc.option(number, { nil: undefined }),
    obfuscation: fc.option(fc.string(), { nil: undefined }),
    logprobs: fc.option(fc.constant([]), { nil: undefined }),
    changes,
  })
  .map(({ type, itemId, outputIndex, partIndex, delta, sequence, obfuscation, logprobs, changes }) => {
    const part = PART_OF[type] ?? 'content_index';
    let event: JsonRecord = { type, sequence_number: sequence, item_id: itemId, output_index: outputIndex, [part]: partIndex, delta };
    if (PART_OF[type] === null) event = Object.fromEntries(Object.entries(event).filter(([key]) => key !== part));
    event = { ...event, logprobs, obfuscation };
    for (const { how, key, value } of changes) {
      if (how === 'set') event = { ...event, [key]: value };
      else if (how === 'set first') event = { [key]: value, ...event, [key]: value };
      else if (how === 'drop') event = Object.fromEntries(Object.entries(event).filter(([name]) => name !== key));
      else event = Object.fromEntries(Object.entries(event).map(([name, kept]) => [name === part ? key : name, kept]));
    }
    const parsed: unknown = JSON.parse(JSON.stringify(event));
    return recordOf(parsed) ?? {};
  });

describe('openai-responses: a plain delta event is what the walk finds plain', () => {
  it('reads every recorded text, summary, reasoning and arguments delta, with its own fields, and nothing else', () => {
    let plainCount = 0;
    for (const event of recordedEvents) {
      const plain = readCopy(event);
      if (plain === undefined) {
        expect(PART_OF[String(event.type)]).toBeUndefined();
        continue;
      }
      plainCount += 1;
      expect(plain).toEqual(ownFields(event));
      expect(walked(event)).toEqual(CLEAN);
    }
    // 271 + 383 of the OpenAI reasoning stream alone.
    expect(plainCount).toBeGreaterThan(654);
  });

  it('reads as plain only what the walk finds conforming with no extension and nothing to scan for', () => {
    let plainSeen = 0;
    let otherSeen = 0;
    fc.assert(
      fc.property(nearlyPlain, (event) => {
        const plain = readCopy(event);
        if (plain === undefined) {
          otherSeen += 1;
          return;
        }
        plainSeen += 1;
        expect(walked(event)).toEqual(CLEAN);
        expect(plain).toEqual(ownFields(event));
      }),
      { numRuns: 3_000 },
    );
    expect(plainSeen).toBeGreaterThan(150);
    expect(otherSeen).toBeGreaterThan(300);
  });

  it('is not used while Object.prototype has an enumerable property (the walk then asks io-ts)', () => {
    expect(plainDeltaReader(true)).toBeUndefined();
  });
});
