import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from './decodeBody';
import { decodeExchange } from './decodeExchange';
import { bareChatExchange } from '../testing/exchanges';
import { completionJson, streamText } from '../testing/chatBodies';

/**
 * Markup, script, `javascript:` links and bidirectional controls (issue 7): decode/ keeps every
 * text exactly as it came (the panel renders text only) and warns where bidi controls can disguise
 * a name or a URL. And a 5 MB single-line string goes through whole.
 */

const SCRIPT = '<script>alert(document.cookie)</script><img src=x onerror="alert(1)">';
const JS_LINK = 'javascript:alert(1)';

describe('markup, <script> and javascript: links', () => {
  it('stay verbatim in content, tool arguments, model names and citation URLs', () => {
    const body = completionJson(
      {
        content: `# Title\n${SCRIPT}\n[click](${JS_LINK})`,
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: '<b>f</b>', arguments: JSON.stringify({ url: JS_LINK, html: SCRIPT }) } },
        ],
        annotations: [{ type: 'url_citation', url_citation: { url: JS_LINK, title: SCRIPT, start_index: 0, end_index: 1 } }],
      },
      { model: `<i>gpt</i>${SCRIPT}`, citations: [JS_LINK] },
    );
    const decoded = decodeResponseBody(body);
    const message = decoded.completion?.choices[0]?.message;
    expect(message?.content).toBe(`# Title\n${SCRIPT}\n[click](${JS_LINK})`);
    expect(message?.tool_calls?.[0]?.function).toEqual({
      name: '<b>f</b>',
      arguments: `{"url":"${JS_LINK}","html":${JSON.stringify(SCRIPT)}}`,
    });
    expect(message?.annotations?.[0]).toMatchObject({ url: JS_LINK, title: SCRIPT });
    expect(decoded.completion?.model).toBe(`<i>gpt</i>${SCRIPT}`);
    expect(decoded.completion?.citations).toEqual([JS_LINK]);
    // Markup is not a contract matter: no issue about it.
    expect(decoded.issues.filter((issue) => issue.severity === 'warning')).toEqual([]);
  });

  it('stay verbatim in error messages, JSON or HTML, and in the URL', () => {
    const url = `https://api.example.com/v1/chat/completions?next=${JS_LINK}&q=${SCRIPT}`;
    const json = decodeExchange(
      bareChatExchange({ url, status: 400, body: JSON.stringify({ error: { message: SCRIPT, type: JS_LINK } }) }),
    );
    expect(json).toMatchObject({ url, error: { message: SCRIPT, type: JS_LINK } });
    // An HTML error page is summarized by its title, which is text like any other.
    const page = decodeExchange(
      bareChatExchange({ status: 502, body: `<html><title>${JS_LINK} &lt;b&gt;</title><script>x()</script></html>` }),
    );
    expect(page?.error).toEqual({ message: `${JS_LINK} &lt;b&gt;` });
  });
});

describe('bidirectional override and isolate characters', () => {
  const RLO = '\u202e';
  const LRI = '\u2066';
  const PDI = '\u2069';
  const bidiWarning = (path: string, what: string, codes: string, shown: string) => ({
    severity: 'warning',
    path,
    message: `${what} holds bidirectional control characters (${codes}): it may display differently from what it is (Trojan Source)`,
    expected: 'text without bidirectional override or isolate characters',
    actual: `string ${shown}`,
  });

  it('in the model, a tool name, a citation URL and the request URL: one warning each, the text kept', () => {
    const url = `https://api.openai.com/v1/chat/completions?x=${LRI}evil${PDI}`;
    const body = completionJson(
      {
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: `get_${RLO}rehtaew`, arguments: '{}' } }],
        annotations: [
          {
            type: 'url_citation',
            url_citation: { url: `https://docs.example.com/${RLO}fdp.exe`, title: 't', start_index: 0, end_index: 1 },
          },
        ],
      },
      { model: `gpt-4o${RLO}inim`, citations: [`https://a.example/${LRI}x`] },
    );
    const decoded = decodeExchange(bareChatExchange({ url, body }));
    expect(decoded?.conforms).toBe(true);
    expect(decoded?.completion?.model).toBe(`gpt-4o${RLO}inim`);
    expect(decoded?.issues).toEqual([
      bidiWarning('url', 'the request URL', 'U+2066, U+2069', '"https://api.openai.com/v1/chat/completions?x=\\u2066evil\\u2069"'),
      bidiWarning('model', 'the model name', 'U+202E', '"gpt-4o\\u202einim"'),
      bidiWarning('choices[0].message.tool_calls[0].function.name', 'the tool name', 'U+202E', '"get_\\u202erehtaew"'),
      bidiWarning('choices[0].message.annotations[0].url', 'the citation URL', 'U+202E', '"https://docs.example.com/\\u202efdp.exe"'),
      bidiWarning('citations[0]', 'the citation URL', 'U+2066', '"https://a.example/\\u2066x"'),
    ]);
  });

  it("in the request's model and offered tool names, at paths of DecodedExchange.request", () => {
    const requestBody = JSON.stringify({
      model: `gpt${RLO}4`,
      messages: [{ role: 'assistant', tool_calls: [{ id: 'c', type: 'function', function: { name: `rm${LRI}`, arguments: '{}' } }] }],
      tools: [
        { type: 'function', function: { name: 'ok' } },
        { type: 'function', function: { name: `del${RLO}` } },
      ],
    });
    const decoded = decodeExchange(bareChatExchange({ body: completionJson(), requestBody }));
    expect(decoded?.conforms).toBe(true);
    expect(decoded?.issues.map((issue) => [issue.severity, issue.path])).toEqual([
      ['warning', 'request.model'],
      ['warning', 'request.toolNames[1]'],
      ['warning', 'request.conversation[0].tool_calls[0].function.name'],
    ]);
  });

  it('in a streamed tool name, at its path in the reassembled completion', () => {
    const body = streamText([
      { tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: `get${RLO}`, arguments: '{}' } }] },
    ]);
    const decoded = decodeResponseBody(body);
    expect(decoded.issues.map((issue) => [issue.severity, issue.path])).toEqual([
      ['warning', 'choices[0].message.tool_calls[0].function.name'],
    ]);
  });

  it('not in content, where right-to-left text legitimately uses them', () => {
    expect(decodeResponseBody(completionJson({ content: `abc ${RLO}fed` })).issues).toEqual([]);
  });
});

describe('a 5 MB single-line content string', () => {
  // 275,942 × 19 + 3 = 5,242,901 characters (just over 5 MiB), no line break.
  const big = `${'<b>lorem ipsum</b> '.repeat(275_942)}end`;

  it('comes through whole in a completion and in a single stream event', () => {
    expect(big.length).toBe(5_242_901);
    const whole = decodeResponseBody(completionJson({ content: big }));
    expect(whole.issues).toEqual([]);
    expect(whole.completion?.choices[0]?.message.content).toBe(big);
    const stream = decodeResponseBody(streamText([{ content: big }]), {}, { streamEvents: false });
    expect(stream.conforms).toBe(true);
    expect(stream.completion?.choices[0]?.message.content).toBe(big);
  });

  it('as a stream error, kept whole in the error and quoted in its issue up to 1,000 characters', () => {
    const decoded = decodeResponseBody(`data: {"error":{"message":${JSON.stringify(big)},"type":"server_error"}}\n\n`);
    expect(decoded.error).toEqual({ message: big, type: 'server_error' });
    expect(decoded.issues[0]).toEqual({
      severity: 'error',
      path: 'events[0]',
      message: `the stream reported an error: ${big.slice(0, 1_000)}…`,
    });
  });

  it('as a non-JSON error page without line breaks, gives a summary of at most 200 characters', () => {
    const decoded = decodeResponseBody(big, { status: 500 });
    // Each '<b>lorem ipsum</b> ' reads ' lorem ipsum   ' without its tags: 14 characters, 14 of them and 4 more make 200.
    expect(decoded.error?.message).toBe(`${'lorem ipsum   '.repeat(14)}lore…`);
  });
});
