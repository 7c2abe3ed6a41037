// @vitest-environment happy-dom
import { cleanup, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readFormatFixture } from '../../../../testing/fixtureFiles';
import { formatExchange } from '../../../../testing/formatExchanges';
import { openDetailTab } from '../../../testing/openDetailTab';

afterEach(cleanup);

describe('a tool the app’s server ran, in an AI SDK UI stream', () => {
  it('shows the output streamed beside the call with the call, in Conversation and Response', () => {
    // openai-ui-tool-2steps-usage-1.sse: tool-input-available get_capital {"country":"France"}, then
    // tool-output-available {"toolCallId":"call_kL0PCQV7M2WMoVX8V8OtYSAL","output":"Paris"}.
    const body = readFormatFixture('ai-sdk-ui', 'openai-ui-tool-2steps-usage-1.sse');
    const exchange = formatExchange('ai-sdk-ui', 'openai-ui-tool-2steps-usage-1.sse', body);
    const conversation = openDetailTab([exchange], 'conversation').panel;
    const call = within(conversation).getByTestId('conversation-tool-call-result');
    expect(call.closest('[data-testid="conversation-tool-call"]')?.textContent).toContain('get_capital');
    expect(within(call).getByTestId('conversation-tool-call-result-json').textContent).toBe('"Paris"');
    cleanup();
    const response = openDetailTab([exchange], 'response').panel;
    expect(within(response).getByTestId('detail-tool-call-result-json').textContent).toBe('"Paris"');
  });
});
