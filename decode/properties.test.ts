import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { base64BodyText } from './bodyText';
import { decodeResponseBody } from './decodeBody';
import { decodeExchange } from './decodeExchange';
import { harToExchanges } from './har';
import { MAX_JSON_DEPTH } from './parseJson';
import { bareChatExchange } from '../testing/exchanges';
import { parseSse, parseSsePieces } from './sse';
import { sseText } from '../testing/chatBodies';
import { chatKeys } from '../testing/contractSamples';

const text = fc.string({ unit: 'binary', maxLength: 80 });

const chatLike = fc.anything({ key: chatKeys, maxDepth: 6, withNullPrototype: false });
const objects = fc.constantFrom('chat.completion', 'chat.completion.chunk', 'chat.completion.done', 'error', '', undefined);
const chatShaped = fc.record(
  { object: objects, choices: fc.array(chatLike, { maxLength: 4 }), usage: chatLike, error: chatLike },
  { requiredKeys: ['choices'] },
);

/** JSON.stringify(undefined) is undefined at run time, whatever its declared type says. */
const toJson = (value: unknown): string => {
  const serialized: unknown = JSON.stringify(value);
  return typeof serialized === 'string' ? serialized : 'null';
};

const noUnexpectedFailure = (issues: readonly { message: string }[]) =>
  issues.every((issue) => !issue.message.includes('decoder failed unexpectedly'));

describe('decoding never throws', () => {
  it('on arbitrary strings, as a body and as an event stream', () => {
    fc.assert(
      fc.property(text, (body) => {
        expect(noUnexpectedFailure(decodeResponseBody(body).issues)).toBe(true);
        expect(noUnexpectedFailure(decodeResponseBody(`data: ${body}\n\n`).issues)).toBe(true);
        parseSse(body);
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary JSON and on chat-shaped chaos, as a body and as chunks', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), chatShaped, chatLike), (value) => {
        const json = toJson(value);
        const whole = decodeResponseBody(json);
        const stream = decodeResponseBody(sseText([json, json, '[DONE]']));
        expect(noUnexpectedFailure([...whole.issues, ...stream.issues])).toBe(true);
        expect(whole.conforms).toBe(whole.issues.every((issue) => issue.severity !== 'error'));
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary captured exchanges', () => {
    const exchange = fc.record({
      url: fc.oneof(
        fc.constantFrom(
          'https://api.openai.com/v1/chat/completions',
          'http://x/openai/deployments/d/chat/completions?api-version=1',
          'not a url',
        ),
        text,
      ),
      method: fc.constantFrom('POST', 'GET', 'OPTIONS', 'post'),
      status: fc.integer({ min: 0, max: 599 }),
      body: fc.option(
        fc.oneof(
          text,
          chatShaped.map((value) => JSON.stringify(value)),
        ),
        { nil: null },
      ),
      requestBody: fc.option(fc.oneof(text, chatLike.map(toJson)), { nil: null }),
      mimeType: fc.constantFrom('application/json', 'text/event-stream', ''),
    });
    fc.assert(
      fc.property(exchange, (fields) => {
        const decoded = decodeExchange(bareChatExchange(fields));
        if (decoded !== null) expect(noUnexpectedFailure(decoded.issues)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decoding never throws on hostile bytes and nesting', () => {
  const chatPrefix =
    '{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"';

  it('on arbitrary bytes sent base64-encoded, alone and after a chat prefix, through base64BodyText and a HAR', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((tail) => Uint8Array.from([...new TextEncoder().encode(chatPrefix), ...tail])),
    );
    fc.assert(
      fc.property(bytes, (raw) => {
        const encoded = Buffer.from(raw).toString('base64');
        const text = base64BodyText(encoded, 'bad base64').text;
        expect(text).not.toBeNull();
        expect(noUnexpectedFailure(decodeResponseBody(text ?? '').issues)).toBe(true);
        const har = {
          log: {
            entries: [
              {
                request: { method: 'POST', url: 'https://api.openai.com/v1/chat/completions' },
                response: { status: 200, content: { text: encoded, encoding: 'base64' } },
              },
            ],
          },
        };
        const exchanges = harToExchanges(har);
        expect(E.isRight(exchanges)).toBe(true);
        for (const exchange of E.isRight(exchanges) ? exchanges.right : []) {
          const decoded = decodeExchange(exchange);
          expect(decoded).not.toBeNull();
          expect(noUnexpectedFailure(decoded?.issues ?? [])).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text given as base64 (mostly invalid): text or a reason, never a throw', () => {
    fc.assert(
      fc.property(text, (encoded) => {
        const result = base64BodyText(encoded, 'bad base64');
        expect(result.text === null ? result.reason : typeof result.text).toBe(result.text === null ? 'bad base64' : 'string');
      }),
      { numRuns: 300 },
    );
  });

  it('on values nested at any depth anywhere in a body or an event: refused beyond the limit, and printable', () => {
    const nesting = fc.record({
      levels: fc.integer({ min: 1, max: 2_000 }),
      opener: fc.constantFrom('[', '{"a":'),
      where: fc.constantFrom('content', 'extension', 'whole'),
      asStream: fc.boolean(),
    });
    fc.assert(
      fc.property(nesting, ({ levels, opener, where, asStream }) => {
        const closer = opener === '[' ? ']' : '}';
        const nested = `${opener.repeat(levels)}${opener === '[' ? '' : '1'}${closer.repeat(levels)}`;
        // The chunk or body object is level 1, choices 2, the choice 3, the message or delta 4.
        const prefix = asStream
          ? chatPrefix.replace('"chat.completion"', '"chat.completion.chunk"').replace('"message"', '"delta"')
          : chatPrefix;
        const json =
          where === 'whole'
            ? nested
            : where === 'content'
              ? `${prefix.slice(0, -1)}${nested}},"finish_reason":"stop"}]}`
              : `${prefix}hi"},"finish_reason":"stop","x":${nested}}]}`;
        const total = where === 'whole' ? levels : where === 'content' ? levels + 4 : levels + 3;
        const decoded = decodeResponseBody(asStream ? `data: ${json}\n\ndata: [DONE]\n\n` : json);
        expect(noUnexpectedFailure(decoded.issues)).toBe(true);
        expect(decoded.issues.some((issue) => issue.message.includes('too deeply nested'))).toBe(total > MAX_JSON_DEPTH);
        expect(() => JSON.stringify(decoded)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

/** A completion to split into a stream: per choice its text, reasoning and tool calls. */
const toolCall = fc.record({
  id: fc.stringMatching(/^call_[A-Za-z0-9]{1,12}$/),
  name: fc.stringMatching(/^[a-z_]{1,16}$/),
  args: text,
});
const choice = fc.record({
  content: text,
  reasoning: text,
  toolCalls: fc.array(toolCall, { maxLength: 3 }),
  finish: fc.constantFrom('stop', 'length', 'tool_calls', 'content_filter'),
});
const completion = fc.record({
  choices: fc.array(choice, { minLength: 1, maxLength: 3 }),
  usage: fc.option(fc.record({ prompt: fc.nat(100_000), completion: fc.nat(100_000) }), { nil: undefined }),
  cuts: fc.array(fc.nat(200), { maxLength: 8 }),
});

/** Splits text at the given points (taken modulo its length), as a server would stream it. */
const split = (value: string, cuts: readonly number[]): string[] => {
  const points = [...new Set(cuts.map((cut) => cut % (value.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of points) {
    pieces.push(value.slice(from, point));
    from = point;
  }
  pieces.push(value.slice(from));
  return pieces;
};

type Completion = typeof completion extends fc.Arbitrary<infer T> ? T : never;

/** OpenAI-style chunks: role first, then text, reasoning, tool-call deltas by index, finish; usage last. */
const toStream = ({ choices, usage, cuts }: Completion): string => {
  const head = { id: 'chatcmpl-p', object: 'chat.completion.chunk', created: 1, model: 'm' };
  const perChoice = choices.map((c, index) => {
    const deltas: object[] = [{ role: 'assistant', content: '' }];
    for (const piece of split(c.content, cuts)) deltas.push({ content: piece });
    for (const piece of split(c.reasoning, cuts)) deltas.push({ reasoning_content: piece });
    c.toolCalls.forEach((call, k) => {
      deltas.push({ tool_calls: [{ index: k, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] });
      for (const piece of split(call.args, cuts)) deltas.push({ tool_calls: [{ index: k, function: { arguments: piece } }] });
    });
    const chunks: object[] = deltas.map((delta) => ({ ...head, choices: [{ index, delta, logprobs: null, finish_reason: null }] }));
    chunks.push({ ...head, choices: [{ index, delta: {}, logprobs: null, finish_reason: c.finish }] });
    return chunks;
  });
  // Choices interleave, as with n > 1.
  const events: object[] = [];
  for (let i = 0; perChoice.some((chunks) => i < chunks.length); i++) {
    for (const chunks of perChoice) {
      const chunk = chunks[i];
      if (chunk !== undefined) events.push(chunk);
    }
  }
  if (usage !== undefined) {
    events.push({
      ...head,
      choices: [],
      usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion },
    });
  }
  return sseText([...events, '[DONE]']);
};

describe('stream reassembly', () => {
  it('gives back the text, reasoning, tool calls, finish reasons and usage of any completion split into chunks', () => {
    fc.assert(
      fc.property(completion, (original) => {
        const decoded = decodeResponseBody(toStream(original));
        expect(decoded.conforms).toBe(true);
        expect(decoded.stream?.done).toBe(true);
        expect(decoded.completion?.choices).toEqual(
          original.choices.map((c, index) => {
            const message: Record<string, unknown> = { role: 'assistant', content: c.content };
            if (c.reasoning !== '') message.reasoning = c.reasoning;
            if (c.toolCalls.length > 0) {
              message.tool_calls = c.toolCalls.map((call) => ({
                id: call.id,
                type: 'function',
                function: { name: call.name, arguments: call.args },
              }));
            }
            return { index, finish_reason: c.finish, message };
          }),
        );
        const usage = original.usage;
        expect(decoded.completion?.usage).toEqual(
          usage === undefined
            ? null
            : { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion },
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('SSE framing', () => {
  it('line ends (LF, CRLF, CR) and split points change nothing', () => {
    const framing = fc.record({
      original: completion,
      lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
      splits: fc.array(fc.nat(), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(framing, ({ original, lineEnd, splits }) => {
        const body = toStream(original);
        const reframed = body.replace(/\n/g, lineEnd);
        const expected = parseSse(body).events;
        expect(
          parseSsePieces(
            split(
              reframed,
              splits.map((n) => n % (reframed.length + 1)),
            ),
          ).events,
        ).toEqual(expected);
        expect(decodeResponseBody(reframed).completion).toEqual(decodeResponseBody(body).completion);
      }),
      { numRuns: 300 },
    );
  });
});
