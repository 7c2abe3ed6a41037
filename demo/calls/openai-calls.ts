/**
 * The official OpenAI SDK (v6) in the browser, pointed at the demo server.
 */
import OpenAI from 'openai';
import type { CallContext, CallOutcome } from './outcome';
import { DEMO_API_KEY, fixtureHeader, formatToolCall, summarize } from './outcome';

const PROMPT = [{ role: 'user' as const, content: 'What is the weather like in San Francisco today?' }];

export function client(origin: string): OpenAI {
  // maxRetries 0: a retry would add an exchange the panel lists and the demo does not count.
  return new OpenAI({ baseURL: `${origin}/v1`, apiKey: DEMO_API_KEY, dangerouslyAllowBrowser: true, maxRetries: 0 });
}

export async function openaiChat(ctx: CallContext): Promise<CallOutcome> {
  const completion = await client(ctx.origin).chat.completions.create(
    { model: ctx.model, messages: PROMPT },
    { headers: fixtureHeader(ctx.fixture) },
  );
  const choice = completion.choices[0];
  return {
    text: choice?.message.content ?? choice?.message.refusal ?? '',
    summary: summarize(['200', choice && `finish: ${choice.finish_reason}`, completion.usage && `${completion.usage.total_tokens} tokens`]),
  };
}

/** `openai`: a client the app made before (startup-client.ts); one made for this call otherwise. */
export async function openaiStream(ctx: CallContext, openai: OpenAI = client(ctx.origin)): Promise<CallOutcome> {
  const stream = await openai.chat.completions.create(
    { model: ctx.model, messages: PROMPT, stream: true, stream_options: { include_usage: true } },
    { headers: fixtureHeader(ctx.fixture) },
  );
  let text = '';
  let finish: string | null = null;
  let tokens: number | null = null;
  let chunks = 0;
  for await (const chunk of stream) {
    chunks++;
    const choice = chunk.choices[0];
    text += choice?.delta.content ?? '';
    finish = choice?.finish_reason ?? finish;
    tokens = chunk.usage?.total_tokens ?? tokens;
    ctx.progress(text);
  }
  return {
    text,
    summary: summarize(['200', `${chunks} chunks`, finish !== null && `finish: ${finish}`, tokens !== null && `${tokens} tokens`]),
  };
}

const TOOLS: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'GetWeatherArgs',
      parameters: {
        type: 'object',
        properties: { city: { type: 'string' }, country: { type: 'string' }, units: { type: 'string', enum: ['c', 'f'] } },
        required: ['city', 'country', 'units'],
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'get_stock_price',
      parameters: {
        type: 'object',
        properties: { ticker: { type: 'string' }, exchange: { type: 'string' } },
        required: ['ticker', 'exchange'],
      },
    },
  },
];

export async function openaiTools(ctx: CallContext): Promise<CallOutcome> {
  const completion = await client(ctx.origin).chat.completions.create(
    {
      model: ctx.model,
      messages: [{ role: 'user', content: "What's the weather in Edinburgh and the AAPL stock price?" }],
      tools: TOOLS,
      parallel_tool_calls: true,
    },
    { headers: fixtureHeader(ctx.fixture) },
  );
  const choice = completion.choices[0];
  const calls = (choice?.message.tool_calls ?? []).map((call) =>
    call.type === 'function' ? formatToolCall(call.function.name, call.function.arguments) : `${call.type} tool call`,
  );
  return {
    text: calls.join('\n'),
    summary: summarize(['200', `${calls.length} tool calls`, choice && `finish: ${choice.finish_reason}`]),
  };
}
