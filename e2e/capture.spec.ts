import { expect, runDemoCall, test } from './fixtures';

/**
 * The demo page's real SDK calls, replayed from recorded provider bodies, must appear decoded in
 * the LLM panel inside real DevTools. Expected values are read by hand from the fixture files in
 * ../shared/fixtures/responses named in each test.
 */

test('a non-streaming OpenAI SDK call shows its model, content and total tokens', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');

  // openai-chat-text-1.json
  await expect
    .poll(() => panel.rows())
    .toEqual([expect.objectContaining({ model: 'gpt-4o-2024-08-06', kind: 'JSON', status: '200', tokens: '14 → 37' })]);
  await panel.select(0);
  expect(await panel.detailFields('detail-id')).toEqual(['chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY']);
  expect(await panel.detailFields('detail-model')).toEqual(['gpt-4o-2024-08-06']);
  expect(await panel.detailFields('detail-choice-content')).toEqual([
    "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or app like the Weather Channel or a local news station.",
  ]);
  expect(await panel.detailFields('detail-choice-finish-reason')).toEqual(['stop']);
  expect(await panel.detailFields('detail-usage-prompt')).toEqual(['14']);
  expect(await panel.detailFields('detail-usage-completion')).toEqual(['37']);
  expect(await panel.detailFields('detail-usage-total')).toEqual(['51']);
});

test('a streamed OpenAI SDK call shows the reassembled text and its events', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-openai-stream')).toBe('ok');

  // openai-stream-text-1.sse: 32 content chunks, a finish chunk, a usage-only chunk, then [DONE].
  await expect
    .poll(() => panel.rows())
    .toEqual([expect.objectContaining({ model: 'gpt-4o-2024-08-06', kind: 'stream', status: '200', tokens: '14 → 30' })]);
  await panel.select(0);
  expect(await panel.detailFields('detail-kind')).toEqual(['stream']);
  expect(await panel.detailFields('detail-id')).toEqual(['chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL']);
  expect(await panel.detailFields('detail-choice-content')).toEqual([
    "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or a weather app.",
  ]);
  expect(await panel.detailFields('detail-choice-finish-reason')).toEqual(['stop']);
  expect(await panel.detailFields('detail-usage-total')).toEqual(['44']);
  expect(await panel.detailFields('detail-stream-done')).toEqual(['yes']);
  // 34 events on the wire, each one `data:` line, [DONE] included.
  expect(await panel.detailFields('detail-stream-events')).toEqual(['34']);
});

test('a tool-call response shows each function name and its arguments', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-openai-tools')).toBe('ok');

  // openai-chat-parallel-tools-1.json: two parallel tool calls, content null.
  await expect
    .poll(() => panel.rows())
    .toEqual([expect.objectContaining({ model: 'gpt-4o-2024-08-06', kind: 'JSON', status: '200', tokens: '149 → 60' })]);
  await panel.select(0);
  expect(await panel.detailFields('detail-tool-call-name')).toEqual(['GetWeatherArgs', 'get_stock_price']);
  expect(await panel.detailFields('detail-tool-call-id')).toEqual(['call_fdNz3vOBKYgOIpMdWotB9MjY', 'call_h1DWI1POMJLb0KwIyQHWXD4p']);
  const args = (await panel.detailFields('detail-tool-call-arguments')).map((text): unknown => JSON.parse(text));
  expect(args).toEqual([
    { city: 'Edinburgh', country: 'GB', units: 'c' },
    { ticker: 'AAPL', exchange: 'NASDAQ' },
  ]);
  expect(await panel.detailFields('detail-choice-finish-reason')).toEqual(['tool_calls']);
});

test('a tool call streamed by the Mistral SDK is reassembled with its arguments', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-mistral')).toBe('ok');

  // mistral-stream-toolcall-1.sse: the whole call arrives in the second of two chunks.
  await expect
    .poll(() => panel.rows())
    .toEqual([expect.objectContaining({ model: 'mistral-small-latest', kind: 'stream', status: '200', tokens: '124 → 22' })]);
  await panel.select(0);
  expect(await panel.detailFields('detail-tool-call-name')).toEqual(['weather']);
  expect(await panel.detailFields('detail-tool-call-id')).toEqual(['gSIMJiOkT']);
  const args = (await panel.detailFields('detail-tool-call-arguments')).map((text): unknown => JSON.parse(text));
  expect(args).toEqual([{ location: 'San Francisco' }]);
});

test('an error response shows its HTTP status and the provider message', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  // The 429 makes the client throw: the demo card ends in its error state.
  expect(await runDemoCall(inspected.page, 'demo-fetch-error')).toBe('error');

  // openrouter-error-429-1.json: error.code is the number 429; the body names no model.
  await expect.poll(() => panel.rows()).toEqual([expect.objectContaining({ kind: 'error', status: '429' })]);
  await panel.select(0);
  expect(await panel.detailFields('detail-status')).toEqual(['429']);
  expect(await panel.detailFields('detail-error-message')).toEqual(['Provider returned error']);
  expect(await panel.detailFields('detail-error-code')).toEqual(['429']);
});
