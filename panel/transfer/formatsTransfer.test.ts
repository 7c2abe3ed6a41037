import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../decode/index';
import { decodeExchange } from '../../decode/index';
import { bareChatExchange } from '../../testing/exchanges';
import { aiSdkExchange, anthropicExchange, handMadeDecoder } from '../testing/formatExchanges';
import { toExchangeEntry } from '../store/exchangeEntry';
import { curlCommand } from './curlCommand';
import { exportHar } from './exportHar';
import { exportJson } from './exportJson';
import { parseHarFile } from './importHar';

const ANTHROPIC_KEY = 'sk-ant-api03-abcdefghijklmnop1234';
const GEMINI_KEY = 'AIzaSyA-abcdefghijklmnopqrstuvwxyz01234';

/** A Gemini call from the browser: the key in the `key=` query (the REST docs' way) and in x-goog-api-key (the SDK's). */
const geminiCapture: CapturedExchange = bareChatExchange({
  id: 'gemini-json',
  url: `https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=${GEMINI_KEY}`,
  requestHeaders: [
    { name: 'content-type', value: 'application/json' },
    { name: 'x-goog-api-key', value: GEMINI_KEY },
  ],
  requestBody: '{"contents":[{"role":"user","parts":[{"text":"Hi"}]}]}',
});

describe('copy, export and import for the other formats', () => {
  it("writes an Anthropic request's x-api-key as $ANTHROPIC_API_KEY in cURL, and as sent only with secrets included", () => {
    const masked = curlCommand(anthropicExchange.captured, { includeSecrets: false, shell: 'posix' });
    expect(masked).toContain('curl https://api.anthropic.com/v1/messages \\\n');
    expect(masked).toContain('-H "x-api-key: $ANTHROPIC_API_KEY"');
    expect(masked).toContain("-H 'anthropic-version: 2023-06-01'");
    expect(masked).not.toContain(ANTHROPIC_KEY);
    const sent = curlCommand(anthropicExchange.captured, { includeSecrets: true, shell: 'posix' });
    expect(sent).toContain(`-H 'x-api-key: ${ANTHROPIC_KEY}'`);
  });

  it('writes a Gemini key, in the key= query and in x-goog-api-key, as $GEMINI_API_KEY', () => {
    const masked = curlCommand(geminiCapture, { includeSecrets: false, shell: 'posix' });
    expect(masked).toContain(
      'curl "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=$GEMINI_API_KEY"',
    );
    expect(masked).toContain('-H "x-goog-api-key: $GEMINI_API_KEY"');
    expect(masked).not.toContain(GEMINI_KEY);
  });

  it("names a proxy's keys by the exchange's format: Anthropic's x-api-key $ANTHROPIC_API_KEY, Gemini's key= $GEMINI_API_KEY", () => {
    const proxiedAnthropic = {
      ...anthropicExchange.captured,
      url: 'https://llm-proxy.corp.example/anthropic/v1/messages',
    };
    const anthropicCurl = curlCommand(proxiedAnthropic, { includeSecrets: false, shell: 'posix', format: 'anthropic-messages' });
    expect(anthropicCurl).toContain('-H "x-api-key: $ANTHROPIC_API_KEY"');
    expect(anthropicCurl).not.toContain(ANTHROPIC_KEY);
    const proxiedGemini = {
      ...geminiCapture,
      url: `https://llm-proxy.corp.example/google/v1beta/models/gemini-2.5-flash:generateContent?key=${GEMINI_KEY}`,
    };
    const geminiCurl = curlCommand(proxiedGemini, { includeSecrets: false, shell: 'posix', format: 'gemini' });
    expect(geminiCurl).toContain(
      'curl "https://llm-proxy.corp.example/google/v1beta/models/gemini-2.5-flash:generateContent?key=$GEMINI_API_KEY"',
    );
    expect(geminiCurl).toContain('-H "x-goog-api-key: $GEMINI_API_KEY"');
    expect(geminiCurl).not.toContain(GEMINI_KEY);
    // cmd.exe reads the same variable as %GEMINI_API_KEY%.
    expect(curlCommand(proxiedGemini, { includeSecrets: false, shell: 'cmd', format: 'gemini' })).toContain('%GEMINI_API_KEY%');
    // Without a format (a capture not decoded), the proxy's key is $API_KEY, as before.
    expect(curlCommand(proxiedAnthropic, { includeSecrets: false, shell: 'posix' })).toContain('-H "x-api-key: $API_KEY"');
  });

  it('exports JSON with the format of each exchange', () => {
    const decode = handMadeDecoder(decodeExchange);
    const entries = [anthropicExchange, aiSdkExchange].map((exchange) => {
      const entry = toExchangeEntry(exchange.captured, decode);
      if (entry === null) throw new Error('listed');
      return entry;
    });
    const exported: unknown = JSON.parse(exportJson(entries, { includeSecrets: false }, new Date(0)));
    expect(exported).toMatchObject({
      exchanges: [
        { decoded: { format: 'anthropic-messages', completion: { model: 'claude-sonnet-4-5-20250929' } } },
        { decoded: { format: 'ai-sdk-ui', completion: { model: null, usage: null } } },
      ],
    });
    // The key stays masked in the export.
    expect(JSON.stringify(exported)).not.toContain(ANTHROPIC_KEY);
  });

  it('imports from a HAR what decoding an Anthropic call and an AI SDK stream needs: URL, headers, request and response bodies', () => {
    const har = exportHar([anthropicExchange.captured, aiSdkExchange.captured], { includeSecrets: true }, 'test');
    const imported = parseHarFile(har, 1);
    if (E.isLeft(imported)) throw new Error(imported.left);
    expect(
      imported.right.map((exchange) => [exchange.url, exchange.method, exchange.mimeType, exchange.requestBody, exchange.body]),
    ).toEqual([
      [
        'https://api.anthropic.com/v1/messages',
        'POST',
        'application/json',
        anthropicExchange.captured.requestBody,
        anthropicExchange.captured.body,
      ],
      ['http://localhost:3000/api/chat', 'POST', 'text/event-stream', aiSdkExchange.captured.requestBody, aiSdkExchange.captured.body],
    ]);
    expect(imported.right[0]?.requestHeaders).toContainEqual({ name: 'anthropic-dangerous-direct-browser-access', value: 'true' });
    expect(imported.right[1]?.responseHeaders).toContainEqual({ name: 'x-vercel-ai-ui-message-stream', value: 'v1' });
  });
});
