// @vitest-environment happy-dom
import { cleanup, fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chatExchange } from '../../../../testing/exchanges';
import { readFixture } from '../../../../testing/fixtureFiles';
import { openDetailTab } from '../../../testing/openDetailTab';

afterEach(cleanup);

const text = (scope: HTMLElement, testid: string) => within(scope).getByTestId(testid).textContent;
const logprobRows = (table: HTMLElement) =>
  within(table)
    .getAllByTestId('detail-logprob')
    .map((row) => [text(row, 'detail-logprob-token'), text(row, 'detail-logprob-probability'), text(row, 'detail-logprob-alternatives')]);

/** A completion written by hand around one choice, for what no recording shows. */
const completionBody = (choice: unknown) =>
  JSON.stringify({ id: 'chatcmpl-hand', object: 'chat.completion', created: 1727346142, model: 'gpt-4o-2024-08-06', choices: [choice] });

describe('Response tab', () => {
  it("shows a stream's logprobs as a table of tokens with their probabilities (openai-stream-logprobs-1.sse)", () => {
    const exchange = chatExchange({ id: 'logprobs', body: readFixture('openai-stream-logprobs-1.sse'), stream: true });
    const { panel } = openDetailTab([exchange], 'response');
    const table = within(panel).getByTestId('detail-logprobs');
    expect(table.dataset.kind).toBe('content');
    // exp(-0.0025094282) = 99.75 %, exp(-0.26638845) = 76.61 %; the stream sent no alternatives.
    expect(logprobRows(table)).toEqual([
      ['"Foo"', '99.75%', '—'],
      ['"!"', '76.61%', '—'],
    ]);
  });

  it('lists the top alternatives of each token', () => {
    const body = completionBody({
      index: 0,
      message: { role: 'assistant', content: 'Yes' },
      finish_reason: 'stop',
      logprobs: {
        content: [
          {
            token: 'Yes',
            logprob: -0.1,
            bytes: [89, 101, 115],
            top_logprobs: [
              { token: 'Yes', logprob: -0.1, bytes: [89, 101, 115] },
              { token: ' No', logprob: -2.4, bytes: [32, 78, 111] },
            ],
          },
        ],
        refusal: null,
      },
    });
    const { panel } = openDetailTab([chatExchange({ id: 'alternatives', body })], 'response');
    const alternatives = within(panel)
      .getAllByTestId('detail-logprob-alternative')
      .map((node) => node.textContent);
    // exp(-0.1) = 0.9048, exp(-2.4) = 0.0907
    expect(alternatives).toEqual(['"Yes" 90.48%', '" No" 9.07%']);
  });

  it('shows refusal logprobs in their own table (openai-stream-refusal-logprobs-1.sse)', () => {
    const exchange = chatExchange({ id: 'refusal-logprobs', body: readFixture('openai-stream-refusal-logprobs-1.sse'), stream: true });
    const { panel } = openDetailTab([exchange], 'response');
    const [table] = within(panel).getAllByTestId('detail-logprobs');
    if (table === undefined) throw new Error('no logprobs table');
    expect(table.dataset.kind).toBe('refusal');
    // exp(-0.0012038043) = 99.88 %, exp(-0.8438816) = 43.00 %, exp(-3.4121115e-6) = 100.00 %
    expect(logprobRows(table).slice(0, 3)).toEqual([
      ['"I\'m"', '99.88%', '—'],
      ['" very"', '43.00%', '—'],
      ['" sorry"', '100.00%', '—'],
    ]);
  });

  it("links Perplexity's citations, in order, opening in a new tab", () => {
    const exchange = chatExchange({
      id: 'pplx',
      body: readFixture('perplexity-chat-citations-1.json'),
      url: 'https://api.perplexity.ai/chat/completions',
    });
    const { panel } = openDetailTab([exchange], 'response');
    const links = within(within(panel).getByTestId('detail-citations')).getAllByTestId('detail-citation-link');
    expect(links).toHaveLength(7);
    expect(links.slice(0, 2).map((link) => [link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')])).toEqual([
      ['https://populationstat.com/united-states/san-francisco', '_blank', 'noopener noreferrer'],
      ['https://en.wikipedia.org/wiki/San_Francisco', '_blank', 'noopener noreferrer'],
    ]);
    expect(links.at(-1)?.textContent).toBe('https://worldpopulationreview.com/us-counties/california/san-francisco-county');
  });

  it("shows OpenRouter's url_citation annotations and lists its extensions by name", () => {
    const exchange = chatExchange({
      id: 'or',
      body: readFixture('openrouter-chat-annotations-1.json'),
      url: 'https://openrouter.ai/api/v1/chat/completions',
    });
    const { panel } = openDetailTab([exchange], 'response');
    const annotations = within(panel).getAllByTestId('detail-annotation');
    expect(annotations.map((annotation) => within(annotation).getByTestId('detail-annotation-link').textContent)).toEqual([
      'AI Agent Framework, the Pydantic way',
      // The second has an empty title: its URL stands in.
      'https://pydantic.dev/pydantic-ai',
      'v2.0.0 (2026-06-23)',
      'Pydantic AI | Pydantic Docs',
      'GitHub - pydantic/pydantic-ai at refs/tags/v1.44.0 · GitHub',
    ]);
    expect(
      within(annotations[0] ?? panel)
        .getByTestId('detail-annotation-link')
        .getAttribute('href'),
    ).toBe('https://github.com/pydantic/pydantic-ai');
    expect(text(annotations[0] ?? panel, 'detail-annotation-span')).toBe(' characters 0–0');

    const extensions = within(panel).getAllByTestId('detail-extension');
    const provider = extensions.find((extension) => extension.dataset.path === 'provider');
    expect(provider === undefined ? null : text(provider, 'detail-extension-value')).toBe('"OpenAI"');
    const native = extensions.find((extension) => extension.dataset.path === 'choices[0].native_finish_reason');
    expect(native === undefined ? null : text(native, 'detail-extension-value')).toBe('"stop"');
    // The page content OpenRouter attached to the first annotation is long: folded, not dropped.
    const content = extensions.find((extension) => extension.dataset.path === 'choices[0].message.annotations[0].url_citation.content');
    expect(content?.querySelector('details')?.hasAttribute('open')).toBe(false);
    expect(content === undefined ? '' : text(content, 'detail-extension-value')).toMatch(/^"# pydantic\/pydantic-ai/);
    expect(text(panel, 'detail-service-tier')).toBe('not reported');
  });

  it("lists Azure's content filter results and Groq's x_groq with the number of chunks that carried them", () => {
    const azure = openDetailTab([chatExchange({ id: 'azure', body: readFixture('azure-chat-content-filter-1.json') })], 'response');
    expect(
      within(azure.panel)
        .getAllByTestId('detail-extension-path')
        .map((node) => node.textContent),
    ).toEqual(['choices[0].content_filter_results', 'prompt_filter_results']);
    cleanup();
    const groq = openDetailTab([chatExchange({ id: 'groq', body: readFixture('groq-stream-toolcall-1.sse'), stream: true })], 'response');
    const xGroq = within(groq.panel)
      .getAllByTestId('detail-extension')
      .find((extension) => extension.dataset.path === 'x_groq');
    expect(xGroq === undefined ? null : text(xGroq, 'detail-extension-occurrences')).toBe(' in 2 events');
  });

  it('pretty-prints tool call arguments and shows invalid JSON as sent, with a warning', () => {
    const body = completionBody({
      index: 0,
      message: {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_ok', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
          { id: 'call_cut', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Par' } },
        ],
      },
      finish_reason: 'length',
    });
    const { panel } = openDetailTab([chatExchange({ id: 'cut', body })], 'response');
    const calls = within(panel).getAllByTestId('detail-tool-call');
    expect(calls.map((call) => text(call, 'detail-tool-call-arguments'))).toEqual(['{\n  "city": "Paris"\n}', '{"city":"Par']);
    expect(calls.map((call) => within(call).queryByTestId('detail-tool-call-invalid-json')?.textContent ?? null)).toEqual([
      null,
      'arguments are not valid JSON: shown as sent',
    ]);
  });

  it('draws the first 200 tokens of a long logprobs list and the rest on request', () => {
    const content = Array.from({ length: 250 }, (_, position) => ({
      token: `t${String(position)}`,
      logprob: -1,
      bytes: null,
      top_logprobs: [],
    }));
    const body = completionBody({
      index: 0,
      message: { role: 'assistant', content: 'long' },
      finish_reason: 'stop',
      logprobs: { content, refusal: null },
    });
    const { panel } = openDetailTab([chatExchange({ id: 'long', body })], 'response');
    expect(within(panel).getAllByTestId('detail-logprob')).toHaveLength(200);
    fireEvent.click(within(panel).getByTestId('detail-logprobs-show-all'));
    expect(within(panel).getAllByTestId('detail-logprob')).toHaveLength(250);
    expect(within(panel).getAllByTestId('detail-logprob-token').at(-1)?.textContent).toBe('"t249"');
  });
});
