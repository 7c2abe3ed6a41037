/**
 * Mistral's official SDK (v2). It validates every chunk with zod, so the fixture must be one its
 * schema accepts: mistral-stream-toolcall-1 has no `index`/`type` on the tool call, which the
 * schema defaults (0, "function") while OpenAI's contract requires `index`.
 */
import { Mistral } from '@mistralai/mistralai';
import type { CallContext, CallOutcome } from './outcome';
import { DEMO_API_KEY, fixtureHeader, formatToolCall, summarize } from './outcome';

export async function mistralStream(ctx: CallContext): Promise<CallOutcome> {
  const mistral = new Mistral({ apiKey: DEMO_API_KEY, serverURL: ctx.origin, retryConfig: { strategy: 'none' } });
  const stream = await mistral.chat.stream(
    {
      model: ctx.model,
      messages: [{ role: 'user', content: 'What is the weather in San Francisco?' }],
      tools: [
        {
          type: 'function',
          function: {
            name: 'weather',
            parameters: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] },
          },
        },
      ],
    },
    { headers: fixtureHeader(ctx.fixture) },
  );
  let text = '';
  const calls: string[] = [];
  let finish: string | null = null;
  let tokens: number | null = null;
  for await (const event of stream) {
    const choice = event.data.choices[0];
    if (typeof choice?.delta.content === 'string') text += choice.delta.content;
    for (const call of choice?.delta.toolCalls ?? []) {
      const args = typeof call.function.arguments === 'string' ? call.function.arguments : JSON.stringify(call.function.arguments);
      calls.push(formatToolCall(call.function.name, args));
    }
    finish = choice?.finishReason ?? finish;
    tokens = event.data.usage?.totalTokens ?? tokens;
    ctx.progress([text, ...calls].filter(Boolean).join('\n'));
  }
  return {
    text: [text, ...calls].filter(Boolean).join('\n'),
    summary: summarize([
      '200',
      `${calls.length} tool call${calls.length === 1 ? '' : 's'}`,
      finish !== null && `finish: ${finish}`,
      tokens !== null && `${tokens} tokens`,
    ]),
  };
}
