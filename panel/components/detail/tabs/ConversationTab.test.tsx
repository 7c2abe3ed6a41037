// @vitest-environment happy-dom
import { cleanup, fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadMarkdownView } from '../../../markdown/LazyMarkdownView';
import type { CapturedExchange } from '../../../../decode/index';
import { chatExchange } from '../../../../testing/exchanges';
import { readFixture } from '../../../../testing/fixtureFiles';
import { openDetailTab } from '../../../testing/openDetailTab';

const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  // happy-dom has no layout to scroll: record which element the link scrolled to.
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this);
  };
});
afterEach(cleanup);
// Markdown loads when first needed (LazyMarkdownView.test.tsx shows the text until then): loaded
// first here, so these tests see the rendered Markdown at once.
beforeAll(async () => {
  await loadMarkdownView();
});

/** A tool round-trip, written by hand: the app answered the model's weather call and asks again. */
const roundTripRequest = {
  model: 'gpt-4o-2024-08-06',
  messages: [
    { role: 'system', content: 'You are a weather assistant. Use the tools.' },
    { role: 'user', content: "What's the weather like in **San Francisco**?" },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        { id: 'call_weather_sf', type: 'function', function: { name: 'get_weather', arguments: '{"city":"San Francisco","units":"f"}' } },
        { id: 'call_time_sf', type: 'function', function: { name: 'get_time', arguments: '{"tz":' } },
      ],
    },
    { role: 'tool', tool_call_id: 'call_time_sf', content: '10:22' },
    { role: 'tool', tool_call_id: 'call_weather_sf', content: '{"temp_f":64,"sky":"fog"}' },
  ],
  tools: [
    { type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } },
    { type: 'function', function: { name: 'get_time', parameters: { type: 'object' } } },
  ],
};

const withRequest = (exchange: CapturedExchange, request: unknown): CapturedExchange => ({
  ...exchange,
  requestBody: JSON.stringify(request),
});
const roundTrip = withRequest(chatExchange({ id: 'round-trip', body: readFixture('openai-chat-text-1.json') }), roundTripRequest);

const turns = (panel: HTMLElement) => within(panel).getAllByTestId('conversation-turn');
const text = (scope: HTMLElement, testid: string) => within(scope).getByTestId(testid).textContent;
const at = <T,>(items: readonly T[], position: number): T => {
  const item = items[position];
  if (item === undefined) throw new Error(`nothing at ${String(position)}`);
  return item;
};

describe('Conversation tab', () => {
  it('shows the request messages in order, then the response as the next turn', () => {
    const { panel } = openDetailTab([roundTrip], 'conversation');
    expect(turns(panel).map((turn) => [turn.dataset.source, turn.dataset.role])).toEqual([
      ['request', 'system'],
      ['request', 'user'],
      ['request', 'assistant'],
      ['request', 'tool'],
      ['request', 'tool'],
      ['response', 'assistant'],
    ]);
    expect(text(at(turns(panel), 0), 'conversation-content')).toBe('You are a weather assistant. Use the tools.');
    const response = at(turns(panel), 5);
    expect(text(response, 'conversation-content')).toBe(
      "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or app like the Weather Channel or a local news station.",
    );
    expect(text(response, 'conversation-finish-reason')).toBe('stop');
  });

  it("shows the assistant's tool calls with their arguments, and warns about arguments that are not JSON", () => {
    const { panel } = openDetailTab([roundTrip], 'conversation');
    const calls = within(at(turns(panel), 2)).getAllByTestId('conversation-tool-call');
    expect(calls.map((call) => [text(call, 'conversation-tool-call-name'), text(call, 'conversation-tool-call-id')])).toEqual([
      ['get_weather', 'call_weather_sf'],
      ['get_time', 'call_time_sf'],
    ]);
    expect(text(at(calls, 0), 'conversation-tool-call-arguments')).toBe('{\n  "city": "San Francisco",\n  "units": "f"\n}');
    expect(within(at(calls, 0)).queryByTestId('conversation-tool-call-invalid')).toBeNull();
    expect(text(at(calls, 1), 'conversation-tool-call-arguments')).toBe('{"tz":');
    expect(text(at(calls, 1), 'conversation-tool-call-invalid')).toBe('arguments are not valid JSON: shown as sent');
  });

  it('links each tool result to the call it answers: the link scrolls to the call and highlights it', () => {
    const { panel } = openDetailTab([roundTrip], 'conversation');
    const weatherResult = at(turns(panel), 4);
    expect(text(weatherResult, 'conversation-tool-result-id')).toBe('call_weather_sf');
    expect(text(weatherResult, 'conversation-tool-result-link')).toBe('↑ result of get_weather');
    expect(text(at(turns(panel), 3), 'conversation-tool-result-link')).toBe('↑ result of get_time');

    fireEvent.click(within(weatherResult).getByTestId('conversation-tool-result-link'));
    const calls = within(at(turns(panel), 2)).getAllByTestId('conversation-tool-call');
    const weatherCall = at(calls, 0);
    expect(scrolled).toEqual([weatherCall]);
    expect(document.activeElement).toBe(weatherCall);
    expect(calls.map((call) => call.dataset.highlighted)).toEqual(['true', 'false']);

    // And back: the call links to the message holding its result.
    fireEvent.click(within(weatherCall).getByTestId('conversation-call-result-link'));
    expect(scrolled.at(-1)).toBe(weatherResult);
    expect(weatherResult.dataset.highlighted).toBe('true');
    expect(calls.map((call) => call.dataset.highlighted)).toEqual(['false', 'false']);
  });

  it('says so when a tool result names a call id no earlier message made', () => {
    const request = {
      model: 'm',
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'tool', tool_call_id: 'call_missing', content: 'x' },
      ],
    };
    const { panel } = openDetailTab(
      [withRequest(chatExchange({ id: 'orphan', body: readFixture('openai-chat-text-1.json') }), request)],
      'conversation',
    );
    const orphan = at(turns(panel), 1);
    expect(text(orphan, 'conversation-tool-result-unmatched')).toBe('no earlier tool call has this id');
    expect(text(orphan, 'conversation-tool-result-id')).toBe('call_missing');
    expect(within(orphan).queryByTestId('conversation-tool-result-link')).toBeNull();
  });

  it('renders Markdown, switches to raw text, and remembers the choice in the settings', () => {
    const saved: string[] = [];
    const storage = { getItem: () => null, setItem: (_key: string, value: string) => saved.push(value) };
    const { panel, store } = openDetailTab([roundTrip], 'conversation', { storage });
    const user = () => at(turns(panel), 1);
    expect(within(user()).getByTestId('conversation-content').querySelector('strong')?.textContent).toBe('San Francisco');
    expect(within(panel).getByTestId('conversation-format-markdown').getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(within(panel).getByTestId('conversation-format-raw'));
    expect(within(panel).getByTestId('conversation-format-raw').getAttribute('aria-pressed')).toBe('true');
    const raw = within(user()).getByTestId('conversation-content');
    expect(raw.dataset.format).toBe('raw');
    expect(raw.textContent).toBe("What's the weather like in **San Francisco**?");
    expect(raw.querySelector('strong')).toBeNull();
    expect(store.settings.messageFormat.value).toBe('raw');
    expect(saved.map((value): unknown => JSON.parse(value))).toContainEqual(expect.objectContaining({ messageFormat: 'raw' }));
  });

  it('keeps HTML from the model inert, opens only http(s) links in a new tab, and shows bidi controls as marks', () => {
    const hostile =
      'Try <script>alert(1)</script> or <img src="x" onerror="alert(2)"> or [this](javascript:alert(3)) or [the docs](https://platform.openai.com/docs).\n\n' +
      '<iframe src="https://evil.example" onload="alert(4)"></iframe>\n\n' +
      '![pixel](https://tracker.example/p.gif) and [invoice\u202Efdp.exe](https://files.example/x)';
    const body = JSON.stringify({
      id: 'chatcmpl-md',
      object: 'chat.completion',
      created: 1727346142,
      model: 'gpt-4o-2024-08-06',
      choices: [{ index: 0, message: { role: 'assistant', content: hostile }, finish_reason: 'stop' }],
    });
    const { panel } = openDetailTab([chatExchange({ id: 'hostile', body })], 'conversation');
    const content = within(at(turns(panel), 1)).getByTestId('conversation-content');
    expect(content.querySelectorAll('script, img, iframe')).toHaveLength(0);
    const attributes = [...content.querySelectorAll('*')].flatMap((element) => [...element.attributes]);
    expect(attributes.filter((attribute) => attribute.name.startsWith('on') || attribute.value.includes('javascript:'))).toEqual([]);
    expect([...content.querySelectorAll('p')].map((paragraph) => paragraph.textContent)).toEqual([
      'Try <script>alert(1)</script> or <img src="x" onerror="alert(2)"> or this or the docs.',
      '<iframe src="https://evil.example" onload="alert(4)"></iframe>',
      'image: pixel and invoiceU+202Efdp.exe',
    ]);
    const links = [...content.querySelectorAll('a')].map((link) => [
      link.textContent,
      link.getAttribute('href'),
      link.getAttribute('target'),
      link.getAttribute('rel'),
    ]);
    expect(links).toEqual([
      ['this', null, null, null],
      ['the docs', 'https://platform.openai.com/docs', '_blank', 'noopener noreferrer'],
      ['image: pixel', 'https://tracker.example/p.gif', '_blank', 'noopener noreferrer'],
      ['invoiceU+202Efdp.exe', 'https://files.example/x', '_blank', 'noopener noreferrer'],
    ]);
    expect(
      within(content)
        .getAllByTestId('markdown-bidi-control')
        .map((mark) => mark.textContent),
    ).toEqual(['U+202E']);
  });
});
