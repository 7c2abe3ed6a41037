import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { toExchangeEntry } from '../store/exchangeEntry';
import type { ExchangeEntry } from '../store/exchangeEntry';
import { readFixture } from '../../testing/fixtureFiles';
import { SECRET_FRAGMENTS, secretExchange } from '../testing/secretExchange';
import { exportJson } from './exportJson';

function entryOf(captured: ReturnType<typeof secretExchange>): ExchangeEntry {
  const entry = toExchangeEntry(captured, (exchange) => decodeExchange(exchange));
  if (entry === null) throw new Error('the test exchange is not chat traffic');
  return entry;
}

const NOW = new Date(Date.UTC(2024, 8, 26, 11, 0, 0));

describe('exportJson', () => {
  const entry = entryOf(secretExchange({ id: 'live-1', body: readFixture('openai-chat-text-1.json') }));

  it('writes each exchange as captured and as decoded', () => {
    const exported: unknown = JSON.parse(exportJson([entry], { includeSecrets: true }, NOW));
    expect(exported).toMatchObject({
      exportedAt: '2024-09-26T11:00:00.000Z',
      secretsIncluded: true,
      exchanges: [
        {
          captured: { id: 'live-1', method: 'POST', status: 200, body: readFixture('openai-chat-text-1.json') },
          decoded: {
            kind: 'completion',
            conforms: true,
            completion: {
              id: 'chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY',
              usage: { prompt_tokens: 14, completion_tokens: 37, total_tokens: 51 },
            },
          },
        },
      ],
    });
  });

  it('holds no secret unless asked to, in the capture or in the decoded URL', () => {
    const masked = exportJson([entry], { includeSecrets: false }, NOW);
    for (const fragment of SECRET_FRAGMENTS) expect(masked).not.toContain(fragment);
    expect(masked).toContain('"url": "https://gateway.example.test/v1/chat/completions?key=AIza%E2%80%A6StUv&api-version=2024-10-21"');
    const full = exportJson([entry], { includeSecrets: true }, NOW);
    for (const fragment of SECRET_FRAGMENTS) expect(full).toContain(fragment);
  });

  it('keeps an exchange decode/ failed on, with the reason', () => {
    const failed = toExchangeEntry(secretExchange({ id: 'bad', body: '{}' }), () => {
      throw new TypeError('boom');
    });
    if (failed === null) throw new Error('expected an entry');
    expect(JSON.parse(exportJson([failed], { includeSecrets: false }, NOW))).toMatchObject({
      exchanges: [{ captured: { id: 'bad' }, decoded: null, decodeFailure: 'TypeError: boom' }],
    });
  });
});
