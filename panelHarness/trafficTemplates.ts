import type { RecordedBody } from '../demo/fixtures';
import { EXCHANGE_NUMBER } from './traffic';
import type { TrafficTemplate } from './traffic';

/**
 * The recorded bodies as the traffic of a working session: each sent to its provider's real
 * chat-completions URL (by the fixture's name) with a request body like the SDKs send: a system
 * and a user message, `stream` (with `include_usage`) for streams, a tool for tool-call bodies.
 */

/** Fixture name prefix → endpoint; the longest matching prefix wins (`azure-ai-inference` before `azure`). */
const ENDPOINTS: readonly (readonly [string, string])[] = [
  ['openai', 'https://api.openai.com/v1/chat/completions'],
  ['azure-ai-inference', 'https://contoso-ai.services.ai.azure.com/models/chat/completions?api-version=2024-05-01-preview'],
  ['azure', 'https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21'],
  ['alibaba', 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions'],
  ['anthropic', 'https://api.anthropic.com/v1/chat/completions'],
  ['bedrock', 'https://bedrock-runtime.us-west-2.amazonaws.com/openai/v1/chat/completions'],
  ['cerebras', 'https://api.cerebras.ai/v1/chat/completions'],
  ['deepseek', 'https://api.deepseek.com/chat/completions'],
  ['gemini', 'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions'],
  ['groq', 'https://api.groq.com/openai/v1/chat/completions'],
  ['hf', 'https://router.huggingface.co/v1/chat/completions'],
  ['mistral', 'https://api.mistral.ai/v1/chat/completions'],
  ['ollama', 'http://localhost:11434/v1/chat/completions'],
  ['lmstudio', 'http://localhost:1234/v1/chat/completions'],
  ['openrouter', 'https://openrouter.ai/api/v1/chat/completions'],
  ['perplexity', 'https://api.perplexity.ai/chat/completions'],
  ['snowflake', 'https://myorg.snowflakecomputing.com/api/v2/cortex/v1/chat/completions'],
  ['together', 'https://api.together.xyz/v1/chat/completions'],
  ['xai', 'https://api.x.ai/v1/chat/completions'],
  ['zai', 'https://api.z.ai/api/paas/v4/chat/completions'],
];
/** Self-hosted servers (llama.cpp, TGI, vLLM behind a proxy, Heroku, Crusoe): a host of their own. */
const SELF_HOSTED = 'http://localhost:8080/v1/chat/completions';

export const endpointOf = (fixture: string): string =>
  ENDPOINTS.filter(([prefix]) => fixture.startsWith(`${prefix}-`)).sort((a, b) => b[0].length - a[0].length)[0]?.[1] ?? SELF_HOSTED;

const stringField = (value: unknown, key: string): string | null => {
  if (typeof value !== 'object' || value === null) return null;
  const field: unknown = Reflect.get(value, key);
  return typeof field === 'string' ? field : null;
};

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** The first JSON body of the fixture: the whole body, or a stream's first `data:` event that parses. */
const firstObject = (body: RecordedBody): unknown => {
  if (body.kind === 'json') return parsed(body.text);
  for (const line of body.text.split('\n')) {
    if (!line.startsWith('data:')) continue;
    const value = parsed(line.slice('data:'.length));
    if (typeof value === 'object' && value !== null) return value;
  }
  return null;
};

const WEATHER_TOOL = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
      required: ['city'],
    },
  },
};

export const requestBodyFor = (body: RecordedBody, model: string): string => {
  const stream = body.kind === 'sse';
  const tools = /tool/.test(body.name);
  return JSON.stringify({
    model,
    messages: [
      { role: 'system', content: 'You are a concise assistant for a travel-booking site. Answer in two sentences at most.' },
      {
        role: 'user',
        content: `Question ${EXCHANGE_NUMBER}: what will the weather be in Lisbon on Saturday, and is it a good day for the Belém tower?`,
      },
    ],
    temperature: 0.7,
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    ...(tools ? { tools: [WEATHER_TOOL], tool_choice: 'auto' } : {}),
  });
};

/** An id worth replacing: long enough not to occur by chance, and written in the body as a JSON string. */
const replaceableId = (id: string | null, body: string): string | null =>
  id !== null && id.length >= 8 && body.includes(JSON.stringify(id)) ? id : null;

export const trafficTemplates = (corpus: readonly RecordedBody[]): TrafficTemplate[] =>
  corpus.map((body, index) => {
    const first = firstObject(body);
    return {
      fixture: body.name,
      url: endpointOf(body.name),
      status: body.status,
      mimeType: body.mimeType,
      requestBody: requestBodyFor(body, stringField(first, 'model') ?? 'gpt-4o-mini'),
      body: body.text,
      responseId: replaceableId(stringField(first, 'id'), body.text),
      // Spread over 0.3–3.2 s like real calls, the same for a fixture in every run.
      durationMs: 300 + ((index * 211) % 2900),
    };
  });
