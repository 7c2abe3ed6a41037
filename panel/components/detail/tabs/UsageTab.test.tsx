// @vitest-environment happy-dom
import { cleanup, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chatExchange } from '../../../../testing/exchanges';
import { readFixture, readFormatFixture } from '../../../../testing/fixtureFiles';
import { formatExchange } from '../../../../testing/formatExchanges';
import { openDetailTab } from '../../../testing/openDetailTab';

afterEach(cleanup);

const text = (scope: HTMLElement, testid: string) => within(scope).getByTestId(testid).textContent;
const details = (scope: HTMLElement) =>
  within(scope)
    .getAllByTestId('usage-detail')
    .map((row) => [row.dataset.key, within(row).getByTestId('usage-detail-value').textContent]);

describe('Usage tab', () => {
  it('shows the counts, a prompt/completion bar, and no warning when the total adds up', () => {
    const { panel } = openDetailTab([chatExchange({ id: 'text', body: readFixture('openai-chat-text-1.json') })], 'usage');
    expect([text(panel, 'usage-prompt'), text(panel, 'usage-completion'), text(panel, 'usage-total')]).toEqual(['14', '37', '51']);
    // 14 of 51 is 27.5%, shown whole.
    expect([text(panel, 'usage-bar-prompt'), text(panel, 'usage-bar-completion')]).toEqual(['prompt 27%', 'completion 73%']);
    expect(within(panel).queryByTestId('usage-mismatch')).toBeNull();
    expect(details(panel)).toEqual([['completion.reasoning_tokens', '0']]);
  });

  it("warns that xAI's total is not prompt + completion, and that reasoning makes the difference", () => {
    const { panel } = openDetailTab(
      [chatExchange({ id: 'xai', body: readFixture('xai-chat-toolcall-1.json'), url: 'https://api.x.ai/v1/chat/completions' })],
      'usage',
    );
    expect([text(panel, 'usage-prompt'), text(panel, 'usage-completion'), text(panel, 'usage-total')]).toEqual(['291', '26', '506']);
    expect(text(panel, 'usage-mismatch')).toBe(
      'total_tokens (506) ≠ prompt_tokens + completion_tokens (291 + 26 = 317): 189 more. The difference equals reasoning (reasoning_tokens): this provider counts them outside completion_tokens.',
    );
    expect(details(panel)).toEqual([
      ['prompt.text_tokens', '291'],
      ['prompt.audio_tokens', '0'],
      ['prompt.image_tokens', '0'],
      ['prompt.cached_tokens', '244'],
      ['completion.reasoning_tokens', '189'],
      ['completion.audio_tokens', '0'],
      ['completion.accepted_prediction_tokens', '0'],
      ['completion.rejected_prediction_tokens', '0'],
    ]);
    const cached = within(panel)
      .getAllByTestId('usage-detail')
      .find((row) => row.dataset.key === 'prompt.cached_tokens');
    expect(cached?.querySelector('dt')?.textContent).toBe('cached cached_tokens');
    const extras = within(panel)
      .getAllByTestId('usage-extra')
      .map((row) => [row.dataset.key, within(row).getByTestId('usage-extra-value').textContent]);
    expect(extras).toEqual([
      ['usage.num_sources_used', '0'],
      ['usage.cost_in_usd_ticks', '1399000'],
    ]);
  });

  it("lists Groq's timing fields in usage as provider extras", () => {
    const { panel } = openDetailTab(
      [chatExchange({ id: 'groq', body: readFixture('groq-chat-text-1.json'), url: 'https://api.groq.com/openai/v1/chat/completions' })],
      'usage',
    );
    expect([text(panel, 'usage-prompt'), text(panel, 'usage-completion'), text(panel, 'usage-total')]).toEqual(['48', '8', '56']);
    expect(
      within(panel)
        .getAllByTestId('usage-extra')
        .map((row) => row.querySelector('dt')?.textContent),
    ).toEqual(['completion_time', 'prompt_time', 'queue_time', 'total_time']);
    expect(within(panel).queryByTestId('usage-prompt-details')).toBeNull();
  });

  it("lists OpenRouter's cost fields once, and its extra detail counts only among the details", () => {
    const { panel } = openDetailTab(
      [
        chatExchange({
          id: 'or',
          body: readFixture('openrouter-chat-annotations-1.json'),
          url: 'https://openrouter.ai/api/v1/chat/completions',
        }),
      ],
      'usage',
    );
    expect(details(panel)).toEqual([
      ['prompt.audio_tokens', '0'],
      ['prompt.cache_write_tokens', '0'],
      ['prompt.cached_tokens', '0'],
      ['prompt.video_tokens', '0'],
      ['completion.audio_tokens', '0'],
      ['completion.image_tokens', '0'],
      ['completion.reasoning_tokens', '0'],
    ]);
    expect(
      within(panel)
        .getAllByTestId('usage-extra')
        .map((row) => row.dataset.key),
    ).toEqual(['usage.cost', 'usage.cost_details', 'usage.server_tool_use_details']);
  });

  it('says "not reported" for a stream that sent no usage, and why that happens', () => {
    const exchange = chatExchange({ id: 'anthropic', body: readFixture('anthropic-openai-compat-stream-toolcall-1.sse'), stream: true });
    const { panel } = openDetailTab([exchange], 'usage');
    expect(text(panel, 'usage-not-reported')).toBe(
      'Usage not reported. A stream reports usage only when the request asks for it (stream_options: {"include_usage": true}).',
    );
    expect(within(panel).queryByTestId('usage-bar')).toBeNull();
    expect(within(panel).queryByTestId('usage-total')).toBeNull();
  });

  it('names each count as its format does, and a count the format has no field for as not reported by it', () => {
    // anthropic-json-text-1.json: usage {input_tokens: 12, output_tokens: 29}; Anthropic reports no total.
    const body = readFormatFixture('anthropic-messages', 'anthropic-json-text-1.json');
    const { panel } = openDetailTab([formatExchange('anthropic-messages', 'anthropic-json-text-1.json', body)], 'usage');
    const names = within(panel)
      .getAllByRole('term')
      .map((term) => term.querySelector('code')?.textContent);
    expect(names.slice(0, 3)).toEqual(['input_tokens', 'output_tokens', 'not in Anthropic']);
    expect([text(panel, 'usage-prompt'), text(panel, 'usage-completion'), text(panel, 'usage-total')]).toEqual([
      '12',
      '29',
      'not reported by Anthropic',
    ]);
  });

  it("explains Gemini's total by its thoughts and tool-use prompt, under Gemini's own count names", () => {
    // gemini-stream-grounding-1.sse, last chunk: promptTokenCount 17, candidatesTokenCount 241, totalTokenCount 772,
    // thoughtsTokenCount 412, toolUsePromptTokenCount 102 (17 + 241 + 412 + 102 = 772).
    const body = readFormatFixture('gemini', 'gemini-stream-grounding-1.sse');
    const { panel } = openDetailTab([formatExchange('gemini', 'gemini-stream-grounding-1.sse', body)], 'usage');
    expect(text(panel, 'usage-mismatch')).toBe(
      'totalTokenCount (772) ≠ promptTokenCount + candidatesTokenCount (17 + 241 = 258): 514 more. The difference equals reasoning + tool-use prompt (reasoning_tokens + tool_use_prompt_tokens): this provider counts these outside candidatesTokenCount.',
    );
  });
});
