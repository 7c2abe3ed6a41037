/**
 * Google's Gen AI SDK (@google/genai) in the browser: `generateContent` (one JSON body) and
 * `generateContentStream` (it asks for `:streamGenerateContent?alt=sse`).
 */
import { GoogleGenAI } from '@google/genai';
import type { GenerateContentResponse } from '@google/genai';
import type { CallContext, CallOutcome } from './outcome';
import { fixtureHeader, summarize } from './outcome';

export const GEMINI_DEMO_KEY = 'demo-gemini-key';

function client(ctx: CallContext): GoogleGenAI {
  // No retryOptions: the SDK then sends each request once.
  return new GoogleGenAI({ apiKey: GEMINI_DEMO_KEY, httpOptions: { baseUrl: ctx.origin, headers: fixtureHeader(ctx.fixture) } });
}

/** The thought parts and the answer parts of the first candidate, apart. */
function partsOf(response: GenerateContentResponse): { thoughts: string; text: string } {
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  return {
    thoughts: parts.map((part) => (part.thought === true ? (part.text ?? '') : '')).join(''),
    text: parts.map((part) => (part.thought === true ? '' : (part.text ?? ''))).join(''),
  };
}

const CONFIG = { thinkingConfig: { includeThoughts: true } };

export async function geminiGenerate(ctx: CallContext): Promise<CallOutcome> {
  const response = await client(ctx).models.generateContent({
    model: ctx.model,
    contents: 'Where is Google headquartered?',
    config: CONFIG,
  });
  const { thoughts, text } = partsOf(response);
  return {
    text: [thoughts && `(thought) ${thoughts.trim()}`, text].filter(Boolean).join('\n\n'),
    summary: summarize([
      '200',
      `finishReason: ${response.candidates?.[0]?.finishReason ?? 'none'}`,
      response.usageMetadata?.totalTokenCount !== undefined && `${response.usageMetadata.totalTokenCount} tokens`,
    ]),
  };
}

export async function geminiStream(ctx: CallContext): Promise<CallOutcome> {
  const stream = await client(ctx).models.generateContentStream({ model: ctx.model, contents: 'What is the capital of France?' });
  let text = '';
  let finish: string | null = null;
  let tokens: number | null = null;
  let chunks = 0;
  for await (const chunk of stream) {
    chunks++;
    text += partsOf(chunk).text;
    finish = chunk.candidates?.[0]?.finishReason ?? finish;
    tokens = chunk.usageMetadata?.totalTokenCount ?? tokens;
    ctx.progress(text);
  }
  return {
    text,
    summary: summarize(['200', `${chunks} chunks`, finish !== null && `finishReason: ${finish}`, tokens !== null && `${tokens} tokens`]),
  };
}
