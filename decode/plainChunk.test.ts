import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChatCompletionChunk } from './chunk';
import { walkContract } from './contract/walkContract';
import { pathText } from './contract/walkPath';
import type { JsonRecord } from './lenientFields';
import { recordOf } from './lenientFields';
import type { ValueScan } from './parseJson';
import { PlainChunkWalker } from './plainChunk';
import { StreamExtensions } from './streamExtensions';
import { fixtureNames, readFixture } from '../testing/fixtureFiles';
import { extraKeys, maybe, objectOf, recordFrom, sometimes } from '../testing/nearPlainValues';
import { whilePrototypePolluted } from '../testing/polluteObjectPrototype';

/**
 * The plain-chunk walker stands in for the contract walk on the chunks it accepts: of each it must
 * say what the walk says (conforms, the same extensions with the same values in the same order,
 * the same huge-number and depth findings), and it must accept only chunks that conform.
 */

const walkerOrFail = (): PlainChunkWalker => {
  const walker = PlainChunkWalker.forStream();
  if (walker === undefined) throw new Error('Object.prototype is clean here: the walker must exist');
  return walker;
};

interface Found {
  readonly conforms: boolean;
  readonly extensions: readonly (readonly [string, unknown])[];
  readonly tooDeep: boolean;
  readonly hugeNumber: boolean;
}

/** What the contract walk finds of a chunk. */
const walked = (chunk: JsonRecord): Found => {
  const extensions: [string, unknown][] = [];
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const conforms = walkContract(ChatCompletionChunk, chunk, (steps, value) => extensions.push([pathText(steps), value]), undefined, scan);
  return { conforms, extensions, tooDeep: scan.tooDeep, hugeNumber: scan.hugeNumber };
};

/** What the walker finds of a chunk, or undefined when it gives the chunk up. */
const walkedPlain = (walker: PlainChunkWalker, chunk: JsonRecord): Found | undefined => {
  const extensions: [string, unknown][] = [];
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  if (!walker.walk(chunk, (steps, value) => extensions.push([pathText(steps), value]), scan)) return undefined;
  return { conforms: true, extensions, tooDeep: scan.tooDeep, hugeNumber: scan.hugeNumber };
};

/** Every data payload of the recorded Chat Completions streams that is a JSON object. */
const recordedChunks = (): { name: string; chunk: JsonRecord }[] =>
  fixtureNames()
    .filter((name) => name.endsWith('.sse'))
    .flatMap((name) =>
      readFixture(name)
        .split(/\r?\n/)
        .filter((line) => line.startsWith('data:') && !line.includes('[DONE]'))
        .flatMap((line) => {
          try {
            const chunk = recordOf(JSON.parse(line.slice(5)));
            return chunk === undefined ? [] : [{ name, chunk }];
          } catch {
            return [];
          }
        }),
    );

describe('the recorded streams', () => {
  it('of every chunk the walker accepts, it finds what the walk finds; it accepts most of them', () => {
    const walker = walkerOrFail();
    const chunks = recordedChunks();
    let accepted = 0;
    for (const { name, chunk } of chunks) {
      const plain = walkedPlain(walker, chunk);
      if (plain === undefined) continue;
      accepted += 1;
      expect({ name, ...plain }).toEqual({ name, ...walked(chunk) });
    }
    // 3,065 of the 3,523 recorded chunks were plain when this was written (tool calls, logprobs,
    // usage objects and Mistral's content parts are not).
    expect(chunks.length).toBeGreaterThan(3000);
    expect(accepted / chunks.length).toBeGreaterThan(0.8);
  });

  it("reads Together's extensions in the body's order, at their paths", () => {
    const chunk = recordFrom(
      '{"id":"o","object":"chat.completion.chunk","created":1769546683,"choices":[{"index":0,"text":"Okay","logprobs":null,' +
        '"finish_reason":null,"seed":null,"delta":{"token_id":33001,"role":"assistant","content":"Okay"}}],"model":"m","usage":null}',
    );
    expect(walkedPlain(walkerOrFail(), chunk)).toEqual({
      conforms: true,
      extensions: [
        ['choices[0].text', 'Okay'],
        ['choices[0].seed', null],
        ['choices[0].delta.token_id', 33001],
      ],
      tooDeep: false,
      hugeNumber: false,
    });
  });
});

const functionValue = objectOf(
  fc
    .tuple(
      sometimes(maybe(fc.constantFrom('get_weather', ''))).map((value) => ['name', value] as [string, unknown]),
      sometimes(maybe(fc.constantFrom('{"city":', '', '}'))).map((value) => ['arguments', value] as [string, unknown]),
      extraKeys(['x_strict', 'index']),
    )
    .map(([name, args, extra]) => [name, args, ...extra]),
);

const toolCallValue = objectOf(
  fc
    .tuple(
      maybe(fc.constantFrom(0, 1)).map((value) => ['index', value] as [string, unknown]),
      sometimes(maybe(fc.constantFrom('call_1', ''))).map((value) => ['id', value] as [string, unknown]),
      sometimes(maybe(fc.constantFrom('function', 'custom'))).map((value) => ['type', value] as [string, unknown]),
      sometimes(maybe(functionValue)).map((value) => ['function', value] as [string, unknown]),
      extraKeys(['x_call', 'name']),
    )
    .map(([index, id, type, fn, extra]) => [index, id, type, fn, ...extra]),
);

const deltaValue = objectOf(
  fc
    .tuple(
      sometimes(maybe(fc.constantFrom('assistant', 'tool', 'developer'))).map((value) => ['role', value] as [string, unknown]),
      sometimes(maybe(fc.oneof(fc.string({ maxLength: 3 }), fc.constant(null)))).map((value) => ['content', value] as [string, unknown]),
      sometimes(maybe(fc.oneof(fc.string({ maxLength: 3 }), fc.constant(null)))).map(
        (value) => ['reasoning_content', value] as [string, unknown],
      ),
      sometimes(maybe(fc.constant(null))).map((value) => ['refusal', value] as [string, unknown]),
      sometimes(maybe(fc.array(toolCallValue, { maxLength: 2 }))).map((value) => ['tool_calls', value] as [string, unknown]),
      extraKeys(['token_id', 'reasoning', 'channel', 'function_call']),
    )
    .map(([role, content, reasoning, refusal, tools, extra]) => [role, content, reasoning, refusal, tools, ...extra]),
);

const choiceValue = objectOf(
  fc
    .tuple(
      maybe(fc.constantFrom(0, 1, 7)).map((value) => ['index', value] as [string, unknown]),
      maybe(deltaValue).map((value) => ['delta', value] as [string, unknown]),
      sometimes(maybe(fc.constantFrom(null, 'stop', 'length', 'tool_calls', 'eos'))).map(
        (value) => ['finish_reason', value] as [string, unknown],
      ),
      sometimes(maybe(fc.constant(null))).map((value) => ['logprobs', value] as [string, unknown]),
      extraKeys(['text', 'seed', 'native_finish_reason', 'delta_x']),
    )
    .map(([index, delta, finish, logprobs, extra]) => [index, delta, finish, logprobs, ...extra]),
);

const chunkValue = objectOf(
  fc
    .tuple(
      maybe(fc.string({ maxLength: 3 })).map((value) => ['id', value] as [string, unknown]),
      maybe(fc.constant('chat.completion.chunk')).map((value) => ['object', value] as [string, unknown]),
      maybe(fc.constantFrom(0, 1727346180)).map((value) => ['created', value] as [string, unknown]),
      maybe(fc.string({ maxLength: 3 })).map((value) => ['model', value] as [string, unknown]),
      maybe(fc.array(choiceValue, { maxLength: 2 })).map((value) => ['choices', value] as [string, unknown]),
      sometimes(maybe(fc.constantFrom('fp_1', null))).map((value) => ['system_fingerprint', value] as [string, unknown]),
      sometimes(maybe(fc.constantFrom('default', 'auto', 'flex', 'standard', null))).map(
        (value) => ['service_tier', value] as [string, unknown],
      ),
      sometimes(maybe(fc.constant('abc'))).map((value) => ['obfuscation', value] as [string, unknown]),
      sometimes(maybe(fc.constant(null))).map((value) => ['usage', value] as [string, unknown]),
      sometimes(maybe(fc.constant(null))).map((value) => ['moderation', value] as [string, unknown]),
      extraKeys(['x_groq', 'provider', 'citations', 'index']),
    )
    .map(([id, object, created, model, choices, fingerprint, tier, obfuscation, usage, moderation, extra]) => [
      id,
      object,
      created,
      model,
      choices,
      fingerprint,
      tier,
      obfuscation,
      usage,
      moderation,
      ...extra,
    ]),
);

describe('the walker accepts only chunks the walk finds conforming, and finds what the walk finds', () => {
  it('on chunks near the plain ones', () => {
    const walker = walkerOrFail();
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(chunkValue, (chunk) => {
        const plain = walkedPlain(walker, chunk);
        if (plain === undefined) {
          rejected += 1;
          return;
        }
        accepted += 1;
        expect(plain).toEqual(walked(chunk));
      }),
      { numRuns: 3000 },
    );
    // The property is about accepted chunks, and the walker must give up on others: both must be many.
    expect(accepted).toBeGreaterThan(300);
    expect(rejected).toBeGreaterThan(300);
  });

  it('on deltas near the plain ones (text, reasoning, tool-call fragments), in a plain chunk', () => {
    const walker = walkerOrFail();
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(deltaValue, (delta) => {
        const chunk = { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta }] };
        const plain = walkedPlain(walker, chunk);
        if (plain === undefined) {
          rejected += 1;
          return;
        }
        accepted += 1;
        expect(plain).toEqual(walked(chunk));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
    expect(rejected).toBeGreaterThan(300);
  });
});

describe('a chunk the walker gives up on', () => {
  it('is walked, its extensions found before the walker gave up listed once', () => {
    const folded = new StreamExtensions();
    const chunk = recordFrom(
      '{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","x_first":1,' +
        '"choices":[{"index":0,"seed":5,"delta":{"content":"x"},"logprobs":{"content":[]}}]}',
    );
    expect(folded.add(chunk, [])).toBe(true);
    expect(folded.list()).toEqual([
      { path: 'x_first', value: 1, occurrences: 1 },
      { path: 'choices[0].seed', value: 5, occurrences: 1 },
    ]);
  });

  it('leaves the scan as it was', () => {
    const scan: ValueScan = { tooDeep: false, hugeNumber: false };
    const chunk = recordFrom('{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","x":[[1e300]],"choices":[{"index":0}]}');
    expect(walkerOrFail().walk(chunk, () => undefined, scan)).toBe(false);
    expect(scan).toEqual({ tooDeep: false, hugeNumber: false });
  });
});

describe('a script that gave Object.prototype an enumerable property', () => {
  it('turns the walker off (for...in would visit the inherited key)', () => {
    expect(whilePrototypePolluted(() => PlainChunkWalker.forStream())).toBeUndefined();
    expect(PlainChunkWalker.forStream()).toBeDefined();
  });
});
