import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../index';
import type { DecodedExchange } from '../../index';
import { bareChatExchange } from '../../../testing/exchanges';
import { readFormatFixture } from '../../../testing/fixtureFiles';

/** How a Responses stream that does not end as it should is shown: hand-made around recorded events. */

const URL = 'https://api.openai.com/v1/responses';

const decodeStreamBody = (body: string, status = 200): DecodedExchange => {
  const decoded = decodeExchange(bareChatExchange({ url: URL, status, mimeType: 'text/event-stream', body }));
  if (decoded === null) throw new Error('not decoded');
  return decoded;
};

const sse = (...events: ({ readonly type: string } & Record<string, unknown>)[]): string =>
  events.map((event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`).join('');

const response = (fields: object) => ({
  id: 'resp_1',
  object: 'response',
  created_at: 1_750_000_000,
  model: 'gpt-4.1-2025-04-14',
  output: [],
  ...fields,
});

const message = (text: string) => ({
  type: 'message',
  id: 'msg_1',
  role: 'assistant',
  status: 'completed',
  content: [{ type: 'output_text', text, annotations: [] }],
});

const textDelta = (delta: string) => ({ type: 'response.output_text.delta', item_id: 'msg_1', output_index: 0, content_index: 0, delta });

const errorsOf = (decoded: DecodedExchange) => decoded.issues.filter((issue) => issue.severity === 'error');
const warningsOf = (decoded: DecodedExchange) => decoded.issues.filter((issue) => issue.severity === 'warning');

describe('a Responses stream cut before its terminal event', () => {
  // The recorded text stream, stopped after its fourth output_text.delta (" France"), its 8th event.
  const recorded = readFormatFixture('openai-responses', 'openai-responses-stream-text-1.sse');
  const cut = recorded.split('\n\n').slice(0, 8).join('\n\n') + '\n\n';

  it('is not done, says which event is missing, and shows the text that arrived', () => {
    const decoded = decodeStreamBody(cut);
    expect(decoded.stream?.done).toBe(false);
    expect(decoded.stream?.events).toBe(8);
    expect(errorsOf(decoded)).toEqual([
      expect.objectContaining({ path: 'events', message: 'the stream ended without response.completed (cut or truncated)' }),
    ]);
    // The deltas " The", " capital", " of", " France" arrived (events 4 to 7).
    expect(decoded.completion?.choices[0]?.message.content).toBe('The capital of France');
    expect(decoded.completion?.id).toBe('resp_67e554a21aa88191b65876ac5e5bbe0406c52f0e511c76ed');
    // Usage only comes with the final event: not reported, so null (never 0).
    expect(decoded.completion?.usage).toBeNull();
  });

  it('shows the arguments streamed so far of a tool call cut mid-way', () => {
    const toolcall = readFormatFixture('openai-responses', 'openai-responses-stream-toolcall-1.sse');
    // created, in_progress, output_item.added, then the deltas `{"`, `country`, `":"`.
    const decoded = decodeStreamBody(toolcall.split('\n\n').slice(0, 6).join('\n\n') + '\n\n');
    expect(decoded.completion?.choices[0]?.message.tool_calls).toEqual([
      { id: 'call_kL0PCQV7M2WMoVX8V8OtYSAL', type: 'function', function: { name: 'get_capital', arguments: '{"country":"' } },
    ]);
    expect(decoded.stream?.done).toBe(false);
  });
});

describe('a Responses stream that ends otherwise than completed', () => {
  it('response.incomplete: ended but not done, finish_reason is incomplete_details.reason', () => {
    const decoded = decodeStreamBody(
      sse({ type: 'response.created', response: response({ status: 'in_progress' }) }, textDelta('Once upon'), {
        type: 'response.incomplete',
        response: response({
          status: 'incomplete',
          incomplete_details: { reason: 'max_output_tokens' },
          output: [message('Once upon')],
          usage: { input_tokens: 5, output_tokens: 2, total_tokens: 7 },
        }),
      }),
    );
    expect(decoded.stream?.done).toBe(false);
    expect(decoded.conforms).toBe(true);
    expect(decoded.error).toBeNull();
    expect(decoded.completion?.choices[0]?.finish_reason).toBe('max_output_tokens');
    expect(decoded.completion?.usage).toEqual({ prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 });
  });

  it('an error event of the SDK shape (code and message at the top level) is the error, with no warning', () => {
    const decoded = decodeStreamBody(
      sse(
        { type: 'response.created', response: response({ status: 'in_progress' }) },
        { type: 'error', code: 'server_error', message: 'The server had an error', param: null, sequence_number: 1 },
      ),
    );
    expect(decoded.error).toEqual({ message: 'The server had an error', code: 'server_error' });
    expect(decoded.stream?.done).toBe(false);
    expect(errorsOf(decoded).map((issue) => [issue.path, issue.message])).toEqual([
      ['events[1]', 'the stream reported an error: The server had an error'],
    ]);
    expect(warningsOf(decoded)).toEqual([]);
  });

  it('response.failed alone carries the error', () => {
    const decoded = decodeStreamBody(
      sse({
        type: 'response.failed',
        response: response({ status: 'failed', error: { code: 'rate_limit_exceeded', message: 'Slow down' } }),
      }),
    );
    expect(decoded.error).toEqual({ message: 'Slow down', code: 'rate_limit_exceeded' });
    expect(decoded.completion?.choices[0]?.finish_reason).toBe('failed');
    expect(decoded.stream?.done).toBe(false);
  });
});

describe('deltas against the final response', () => {
  it('a final text that is not what the deltas built is a warning; the final text is shown', () => {
    const decoded = decodeStreamBody(
      sse(textDelta('Hello'), textDelta(' world'), {
        type: 'response.completed',
        response: response({ status: 'completed', output: [message('Hello there')] }),
      }),
    );
    expect(decoded.completion?.choices[0]?.message.content).toBe('Hello there');
    expect(warningsOf(decoded).map((issue) => [issue.path, issue.message])).toEqual([
      ['events[2].response.output[0]', 'the streamed deltas of output[0] do not add up to the text the final response carries'],
    ]);
    expect(decoded.stream?.done).toBe(true);
  });

  it('deltas that agree give no warning', () => {
    const decoded = decodeStreamBody(
      sse(textDelta('Hello'), textDelta(' world'), {
        type: 'response.completed',
        response: response({ status: 'completed', output: [message('Hello world')] }),
      }),
    );
    expect(decoded.issues).toEqual([]);
  });
});

describe('item and event types the codecs do not know', () => {
  it('an output item of a newer type is a warning naming it, not an error', () => {
    const body = JSON.stringify(
      response({ status: 'completed', output: [{ type: 'compaction', id: 'cmp_1', summary: 'x' }, message('Hi')] }),
    );
    const decoded = decodeExchange(bareChatExchange({ url: URL, body }));
    expect(decoded?.conforms).toBe(true);
    expect(decoded?.issues).toEqual([expect.objectContaining({ severity: 'warning', path: 'output[0].type', actual: 'compaction' })]);
    expect(decoded?.completion?.choices[0]?.message.content).toBe('Hi');
  });

  it('a known item type missing a required field is still an error', () => {
    const body = JSON.stringify(response({ status: 'completed', output: [{ type: 'function_call', call_id: 'call_1', arguments: '{}' }] }));
    const decoded = decodeExchange(bareChatExchange({ url: URL, body }));
    expect(decoded?.conforms).toBe(false);
    expect(errorsOf(decoded as DecodedExchange).map((issue) => issue.path)).toEqual(['output[0].name']);
  });

  it('an event type it does not know is a warning, and the stream still completes', () => {
    const decoded = decodeStreamBody(
      sse(
        { type: 'response.future_thing.delta', output_index: 0, delta: 'x' },
        { type: 'response.completed', response: response({ status: 'completed', output: [message('ok')] }) },
      ),
    );
    expect(decoded.conforms).toBe(true);
    expect(warningsOf(decoded).map((issue) => issue.message)).toEqual([
      'an event type this decoder does not know: response.future_thing.delta',
    ]);
    expect(decoded.stream?.done).toBe(true);
  });
});

describe('a failed JSON response and an HTTP error at the Responses URL', () => {
  it('status failed with error: the error, finish_reason failed', () => {
    const body = JSON.stringify(response({ status: 'failed', error: { code: 'server_error', message: 'Internal' } }));
    const decoded = decodeExchange(bareChatExchange({ url: URL, body }));
    expect(decoded?.error).toEqual({ message: 'Internal', code: 'server_error' });
    expect(decoded?.completion?.choices[0]?.finish_reason).toBe('failed');
    expect(decoded?.conforms).toBe(false);
  });

  it('a 500 error body is the error', () => {
    const body =
      '{"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}}';
    const decoded = decodeExchange(bareChatExchange({ url: URL, status: 500, body }));
    expect(decoded?.format).toBe('openai-responses');
    expect(decoded?.kind).toBe('error');
    expect(decoded?.error).toEqual({ message: 'The server had an error while processing your request.', type: 'server_error', code: null });
  });
});
