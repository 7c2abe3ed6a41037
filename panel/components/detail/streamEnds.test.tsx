// @vitest-environment happy-dom
import { cleanup, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readFormatFixture } from '../../../testing/fixtureFiles';
import { formatExchange } from '../../../testing/formatExchanges';
import { openDetailTab } from '../../testing/openDetailTab';

afterEach(cleanup);

const text = (scope: HTMLElement, testid: string) => within(scope).getByTestId(testid).textContent;
const labelOf = (scope: HTMLElement, testid: string) =>
  within(scope).getByTestId(testid).parentElement?.querySelector('.field__label')?.textContent;

describe('whether a stream ended, in its own format’s terms', () => {
  it('says an Anthropic stream cut before message_stop stopped without message_stop, not without [DONE]', () => {
    const whole = readFormatFixture('anthropic-messages', 'anthropic-stream-text-1.sse');
    const cut = whole.slice(0, whole.indexOf('event: message_stop'));
    const { panel } = openDetailTab([formatExchange('anthropic-messages', 'anthropic-stream-text-1.sse', cut)], 'response');
    expect(text(panel, 'detail-stream-done')).toBe('no: it stopped without message_stop');
  });

  it('names what ends an Ollama stream in the Timing tab', () => {
    const body = readFormatFixture('ollama', 'ollama-chat-stream-text-1.ndjson');
    const { panel } = openDetailTab([formatExchange('ollama', 'ollama-chat-stream-text-1.ndjson', body)], 'timing');
    expect(labelOf(panel, 'timing-stream-done')).toBe('ended with a line with "done": true');
    expect(text(panel, 'timing-stream-done')).toBe('yes');
  });
});
