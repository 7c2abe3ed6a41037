import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { parseHarFile } from './importHar';

const HAR = JSON.stringify({
  log: {
    version: '1.2',
    creator: { name: 'WebInspector', version: '537.36' },
    entries: [
      {
        request: { method: 'POST', url: 'https://api.openai.com/v1/chat/completions' },
        response: { status: 200, content: { mimeType: 'application/json', text: '{}' } },
      },
      { request: { method: 'GET', url: 'https://example.com/' } },
    ],
  },
});

describe('parseHarFile', () => {
  it('marks every entry imported, with ids unique to this import', () => {
    const parsed = parseHarFile(HAR, 3);
    expect(E.isRight(parsed) && parsed.right.map((exchange) => [exchange.id, exchange.source, exchange.url])).toEqual([
      ['import-3-har-0', 'imported', 'https://api.openai.com/v1/chat/completions'],
      ['import-3-har-1', 'imported', 'https://example.com/'],
    ]);
  });

  it('says the file is not JSON', () => {
    const parsed = parseHarFile('<html>not a har</html>', 1);
    expect(E.isLeft(parsed) && parsed.left).toMatch(/^the file is not JSON \(/);
  });

  it('says where JSON is not a HAR', () => {
    // The wording after the path is decode/har.ts's; what matters here is that the message names `log`.
    const parsed = parseHarFile('{"exchanges":[]}', 1);
    expect(E.isLeft(parsed) && parsed.left).toMatch(/^not a HAR file: log: expected an object \(HAR log\); got /);
  });
});
