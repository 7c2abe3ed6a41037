import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { ChatCompletionChunk } from '../chunk';
import { ChatCompletionResponse } from '../contract';
import { ErrorResponse } from '../errorBody';
import { choiceText, expectedText } from './expectedText';
import { Har } from '../har';

/** Every codec inside the contract codecs, by io-ts's name, found by walking their parts. */
const codecsByName = (roots: readonly t.Mixed[]): Map<string, t.Mixed> => {
  const found = new Map<string, t.Mixed>();
  const visit = (codec: unknown): void => {
    if (!(codec instanceof t.Type) || found.has(codec.name)) return;
    found.set(codec.name, codec);
    const parts: unknown = codec;
    if (!t.UnknownRecord.is(parts)) return;
    const types = parts.types;
    if (t.UnknownArray.is(types)) types.forEach(visit);
    const props = parts.props;
    if (t.UnknownRecord.is(props)) Object.values(props).forEach(visit);
    visit(parts.type);
  };
  roots.forEach(visit);
  return found;
};

/**
 * What each codec's `expected` says, written by hand from the codec's definition in contract.ts,
 * chunk.ts, errorBody.ts and har.ts. Objects io-ts names after their fields (`{ url: string }`,
 * `Partial<{...}>`: the parts of an intersection) read "an object"; they are checked below.
 */
const WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  Int: 'a whole number',
  null: 'null',
  'string | null': 'a string or null',
  unknown: 'any value',
  '(string | null)': 'a string or null',
  '"chat.completion"': '"chat.completion"',
  '"chat.completion.chunk"': '"chat.completion.chunk"',
  '"function"': '"function"',
  '"custom"': '"custom"',
  '"url_citation"': '"url_citation"',
  FinishReason: 'one of stop, length, tool_calls, content_filter, function_call',
  'FinishReason | null': 'one of stop, length, tool_calls, content_filter, function_call or null',
  MessageRole: 'one of system, user, assistant, tool',
  DeltaRole: 'one of developer, system, user, assistant, tool',
  ServiceTier: 'one of auto, default, flex, scale, priority, fast',
  'ServiceTier | null': 'one of auto, default, flex, scale, priority, fast or null',
  ContentPartType: 'one of text, image_url',
  ImageDetail: 'one of auto, low, high',
  'Array<Int>': 'an array of whole numbers',
  'Array<Int> | null': 'an array of whole numbers or null',
  UnknownRecord: 'an object',
  'UnknownRecord | null': 'an object or null',
  'string | MessageContentPart[]': 'a string or an array of objects (MessageContentPart)',
  'string | MessageContentPart[] | null': 'a string, an array of objects (MessageContentPart) or null',
  ChatCompletionResponse: 'an object (ChatCompletionResponse)',
  ChatCompletionChoice: 'an object (ChatCompletionChoice)',
  'Array<ChatCompletionChoice>': 'an array of objects (ChatCompletionChoice)',
  Message: 'an object (Message)',
  MessageContentPart: 'an object (MessageContentPart)',
  'Array<MessageContentPart>': 'an array of objects (MessageContentPart)',
  ImageUrl: 'an object (ImageUrl)',
  ToolCall: 'an object (ToolCall)',
  'Array<ToolCall>': 'an array of objects (ToolCall)',
  FunctionToolCall: 'an object (FunctionToolCall)',
  CustomToolCall: 'an object (CustomToolCall)',
  CustomTool: 'an object (CustomTool)',
  FunctionCall: 'an object (FunctionCall)',
  'FunctionCall | null': 'an object (FunctionCall) or null',
  Annotation: 'an object (Annotation)',
  'Array<Annotation>': 'an array of objects (Annotation)',
  UrlCitation: 'an object (UrlCitation)',
  AudioOutput: 'an object (AudioOutput)',
  'AudioOutput | null': 'an object (AudioOutput) or null',
  ChoiceLogprobs: 'an object (ChoiceLogprobs)',
  'ChoiceLogprobs | null': 'an object (ChoiceLogprobs) or null',
  TokenLogprob: 'an object (TokenLogprob)',
  'Array<TokenLogprob>': 'an array of objects (TokenLogprob)',
  'Array<TokenLogprob> | null': 'an array of objects (TokenLogprob) or null',
  TopLogprob: 'an object (TopLogprob)',
  'Array<TopLogprob>': 'an array of objects (TopLogprob)',
  Usage: 'an object (Usage)',
  'Usage | null': 'an object (Usage) or null',
  PromptTokensDetails: 'an object (PromptTokensDetails)',
  CompletionTokensDetails: 'an object (CompletionTokensDetails)',
  ChatCompletionChunk: 'an object (ChatCompletionChunk)',
  ChunkChoice: 'an object (ChunkChoice)',
  'Array<ChunkChoice>': 'an array of objects (ChunkChoice)',
  ChunkDelta: 'an object (ChunkDelta)',
  ChunkToolCall: 'an object (ChunkToolCall)',
  'Array<ChunkToolCall>': 'an array of objects (ChunkToolCall)',
  FunctionCallDelta: 'an object (FunctionCallDelta)',
  ErrorResponse: 'an object (ErrorResponse)',
  ErrorObject: 'an object (ErrorObject)',
  HAR: 'an object (HAR)',
  'HAR log': 'an object (HAR log)',
  'HAR entry': 'an object (HAR entry)',
  'Array<HAR entry>': 'an array of objects (HAR entry)',
  'HAR request': 'an object (HAR request)',
  'HAR response': 'an object (HAR response)',
  'HAR content': 'an object (HAR content)',
  'HAR header': 'an object (HAR header)',
  'Array<HAR header>': 'an array of objects (HAR header)',
};

/** io-ts's own name for an object codec: its fields written out. */
const isFieldListName = (name: string): boolean => name.startsWith('{ ') || name.startsWith('Partial<{');

describe('expectedText', () => {
  const codecs = codecsByName([ChatCompletionResponse, ChatCompletionChunk, ErrorResponse, Har]);

  it.each([...codecs.keys()].filter((name) => !isFieldListName(name)))('says what %s allows in words', (name) => {
    expect(WORDS[name], `no words written for ${name}`).toBeDefined();
    expect(expectedText(codecs.get(name))).toBe(WORDS[name]);
  });

  it('reads an object io-ts names after its fields as "an object"', () => {
    const unnamed = [...codecs.keys()].filter(isFieldListName);
    expect(unnamed.length).toBeGreaterThan(10);
    for (const name of unnamed) expect(expectedText(codecs.get(name)), name).toBe('an object');
  });

  it('covers every entry of the table (a codec renamed leaves no stale words)', () => {
    expect(Object.keys(WORDS).filter((name) => !codecs.has(name))).toEqual([]);
  });

  it('reads the codecs the contract does not use yet', () => {
    expect(expectedText(t.boolean)).toBe('true or false');
    expect(expectedText(t.literal(3))).toBe('3');
    expect(expectedText(t.UnknownArray)).toBe('an array');
    expect(expectedText(t.array(t.array(t.string)))).toBe('an array of arrays of strings');
    expect(expectedText(t.array(t.keyof({ a: null, b: null })))).toBe('an array of values (one of a, b)');
    expect(expectedText(t.union([t.literal('x'), t.literal('y'), t.number]))).toBe('one of x, y or a number');
    expect(expectedText(t.brand(t.number, (n): n is t.Branded<number, { readonly Positive: unique symbol }> => n > 0, 'Positive'))).toBe(
      'a number (Positive)',
    );
    expect(expectedText('not a codec')).toBe('a value');
  });
});

describe('choiceText', () => {
  it('lists plain words bare and quotes the rest; a lone value is quoted', () => {
    expect(choiceText(['stop', 'length'])).toBe('one of stop, length');
    expect(choiceText(['chat.completion', '', 'two words'])).toBe('one of chat.completion, "", "two words"');
    expect(choiceText(['function'])).toBe('"function"');
  });
});
