import { expect, test } from './fixtures';

/**
 * The Conversation tab in real DevTools: a chat request holding a whole tool round-trip (system,
 * user, assistant tool_calls, tool results) sent by the inspected page, answered by the demo
 * server with openai-chat-text-1.json. Real Chromium also proves what happy-dom cannot: the
 * Markdown elements in the panel's own document under its CSP, with nothing in them live.
 */

const roundTrip = {
  model: 'gpt-4o-2024-08-06',
  messages: [
    { role: 'system', content: 'You are a weather assistant.' },
    {
      role: 'user',
      content:
        "What's the weather like in **San Francisco**? See [the docs](https://platform.openai.com/docs) <img src=x onerror=\"document.title='pwned'\"> [run](javascript:document.title='pwned')",
    },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        { id: 'call_weather_sf', type: 'function', function: { name: 'get_weather', arguments: '{"city":"San Francisco"}' } },
        { id: 'call_time_sf', type: 'function', function: { name: 'get_time', arguments: '{"tz":"America/Los_Angeles"}' } },
      ],
    },
    { role: 'tool', tool_call_id: 'call_time_sf', content: '10:22' },
    { role: 'tool', tool_call_id: 'call_weather_sf', content: '{"temp_f":64,"sky":"fog"}' },
  ],
};

test('the Conversation tab shows a tool round-trip with each result linked to its call', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  const status = await inspected.page.evaluate(async (body) => {
    const response = await fetch('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-fixture': 'openai-chat-text-1.json' },
      body: JSON.stringify(body),
    });
    await response.text();
    return response.status;
  }, roundTrip);
  expect(status).toBe(200);

  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  await panel.select(0);
  await panel.evaluate(`document.querySelector('[data-testid="detail-tab-conversation"]').click()`);
  await panel.waitFor(`!!document.querySelector('[data-testid="conversation"]')`, 5_000, 'the Conversation tab did not open');

  const turns = await panel.evaluate(
    `Array.from(document.querySelectorAll('[data-testid="conversation-turn"]'), (turn) => [turn.dataset.source, turn.dataset.role])`,
  );
  expect(turns).toEqual([
    ['request', 'system'],
    ['request', 'user'],
    ['request', 'assistant'],
    ['request', 'tool'],
    ['request', 'tool'],
    ['response', 'assistant'],
  ]);
  expect(await panel.detailFields('conversation-tool-call-name')).toEqual(['get_weather', 'get_time']);
  expect(await panel.detailFields('conversation-tool-result-id')).toEqual(['call_time_sf', 'call_weather_sf']);
  expect(await panel.detailFields('conversation-tool-result-link')).toEqual(['↑ result of get_time', '↑ result of get_weather']);
  // openai-chat-text-1.json is the answer after the tool results.
  expect((await panel.detailFields('conversation-content')).at(-1)).toBe(
    "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or app like the Weather Channel or a local news station.",
  );

  // The weather result's link scrolls to the get_weather call, highlights and focuses it.
  await panel.evaluate(`document.querySelectorAll('[data-testid="conversation-tool-result-link"]')[1].click()`);
  await panel.waitFor(
    `document.activeElement?.dataset.testid === 'conversation-tool-call'`,
    5_000,
    'the linked tool call did not take focus',
  );
  expect(await panel.evaluate(`document.activeElement.querySelector('[data-testid="conversation-tool-call-id"]').textContent`)).toBe(
    'call_weather_sf',
  );
  expect(
    await panel.evaluate(
      `Array.from(document.querySelectorAll('[data-testid="conversation-tool-call"]'), (call) => call.dataset.highlighted)`,
    ),
  ).toEqual(['true', 'false']);

  // The user's Markdown rendered from marked's tokens in the real panel: bold, a safe link, nothing live.
  const user = `document.querySelectorAll('[data-testid="conversation-turn"]')[1]`;
  expect(await panel.evaluate(`${user}.querySelector('strong')?.textContent`)).toBe('San Francisco');
  expect(
    await panel.evaluate(`Array.from(${user}.querySelectorAll('a'), (a) => [a.textContent, a.getAttribute('href'), a.target, a.rel])`),
  ).toEqual([
    ['the docs', 'https://platform.openai.com/docs', '_blank', 'noopener noreferrer'],
    ['run', null, '', ''],
  ]);
  expect(await panel.evaluate(`${user}.querySelectorAll('img, script').length`)).toBe(0);
  expect(await panel.evaluate('document.title')).not.toBe('pwned');

  await panel.screenshot('test-results/conversation/conversation-tab.png');
});
