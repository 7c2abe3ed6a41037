/**
 * The official OpenAI SDK's Responses API (`responses.create`) in the browser, JSON and streamed.
 */
import OpenAI from 'openai';
import type { CallContext, CallOutcome } from './outcome';
import { DEMO_API_KEY, fixtureHeader, formatToolCall, summarize } from './outcome';

function client(origin: string): OpenAI {
  // maxRetries 0: a retry would add an exchange the panel lists and the demo does not count.
  return new OpenAI({ baseURL: `${origin}/v1`, apiKey: DEMO_API_KEY, dangerouslyAllowBrowser: true, maxRetries: 0 });
}

export async function responsesCreate(ctx: CallContext): Promise<CallOutcome> {
  const response = await client(ctx.origin).responses.create(
    { model: ctx.model, input: 'What is the weather like in San Francisco today?' },
    { headers: fixtureHeader(ctx.fixture) },
  );
  return {
    text: response.output_text,
    summary: summarize(['200', `status: ${response.status ?? 'none'}`, response.usage && `${response.usage.total_tokens} tokens`]),
  };
}

const GET_CAPITAL: OpenAI.Responses.FunctionTool = {
  type: 'function',
  name: 'get_capital',
  parameters: { type: 'object', properties: { country: { type: 'string' } }, required: ['country'], additionalProperties: false },
  strict: true,
};

export async function responsesStream(ctx: CallContext): Promise<CallOutcome> {
  const stream = await client(ctx.origin).responses.create(
    { model: ctx.model, input: 'What is the capital of France?', tools: [GET_CAPITAL], stream: true },
    { headers: fixtureHeader(ctx.fixture) },
  );
  let text = '';
  const calls: string[] = [];
  let status: string | null = null;
  let tokens: number | null = null;
  for await (const event of stream) {
    if (event.type === 'response.output_text.delta') text += event.delta;
    if (event.type === 'response.output_item.done' && event.item.type === 'function_call')
      calls.push(formatToolCall(event.item.name, event.item.arguments));
    if (event.type === 'response.completed') {
      status = event.response.status ?? null;
      tokens = event.response.usage?.total_tokens ?? null;
    }
    ctx.progress([text, ...calls].filter(Boolean).join('\n'));
  }
  return {
    text: [text, ...calls].filter(Boolean).join('\n'),
    summary: summarize([
      '200',
      `${calls.length} tool call${calls.length === 1 ? '' : 's'}`,
      status !== null && `status: ${status}`,
      tokens !== null && `${tokens} tokens`,
    ]),
  };
}
