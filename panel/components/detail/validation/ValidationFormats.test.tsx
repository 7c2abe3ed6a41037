// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeExchange } from '../../../../decode/index';
import { aiSdkExchange, anthropicExchange, handMadeDecoder } from '../../../testing/formatExchanges';
import type { HandMadeExchange } from '../../../testing/formatExchanges';
import { openDetailTab } from '../../../testing/openDetailTab';

afterEach(cleanup);

/** The Anthropic exchange with one issue against its own codecs. */
const departing: HandMadeExchange = {
  captured: anthropicExchange.captured,
  decoded: {
    ...anthropicExchange.decoded,
    conforms: false,
    issues: [{ severity: 'error', path: 'stop_reason', message: 'not one of the stop reasons', expected: 'end_turn | …', actual: '"done"' }],
  },
};

describe("Validation names the exchange's own contract", () => {
  it('says an Anthropic response departs from the Anthropic Messages contract', () => {
    openDetailTab([departing.captured], 'validation', { decode: handMadeDecoder(decodeExchange, [departing]) });
    expect(screen.getByTestId('validation-verdict').textContent).toBe('Does not conform to the Anthropic Messages contract · 1 error, 0 warnings');
  });

  it('says an AI SDK stream conforms to the AI SDK UI message stream contract', () => {
    openDetailTab([aiSdkExchange.captured], 'validation', { decode: handMadeDecoder(decodeExchange) });
    expect(screen.getByTestId('validation-verdict').textContent).toBe('Conforms to the AI SDK UI message stream contract · 0 errors, 0 warnings');
  });
});

describe('Timing names the events of a data-only stream by the part type decode/ gives them', () => {
  it("lists an AI SDK stream's events as start, reasoning-start, …, finish", () => {
    const { panel } = openDetailTab([aiSdkExchange.captured], 'timing', { decode: handMadeDecoder(decodeExchange) });
    const names = within(panel)
      .getAllByTestId('stream-event')
      .map((row) => within(row).queryByTestId('stream-event-name')?.textContent ?? '(none)');
    // The nine parts, then [DONE], which has no name (formatExchanges.ts).
    expect(names).toEqual([
      'start',
      'reasoning-start',
      'reasoning-delta',
      'reasoning-end',
      'text-start',
      'text-delta',
      'text-delta',
      'text-end',
      'finish',
      '(none)',
    ]);
  });
});
