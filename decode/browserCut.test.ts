import { describe, expect, it } from 'vitest';
import { decodeExchange } from './decodeExchange';
import { bareChatExchange as exchange } from '../testing/exchanges';
import { chatChunk, sseEvent } from '../testing/chatBodies';

/**
 * A body the browser cut (Firefox's devtools.netmonitor.responseBodyLimit): the capture layer
 * passes the kept part and `bodyCut`; decodeExchange must say the browser cut it, first, and
 * must not blame the provider for what the cut broke.
 */

const CUT = { keptBytes: 786_432, totalBytes: 2_097_152 };
const CUT_MESSAGE =
  'the browser cut this body at 786,432 bytes of 2,097,152; Firefox: raise devtools.netmonitor.responseBodyLimit in about:config (0 = no limit), then reopen DevTools';
const CUT_ISSUE = {
  severity: 'warning',
  path: '',
  message: CUT_MESSAGE,
  expected: 'the whole body (2,097,152 bytes)',
  actual: 'the first 786,432 bytes',
};

const event = (delta: Record<string, unknown>): string => sseEvent(chatChunk(delta));
const ROLE = event({ role: 'assistant', content: '' });
const HEL = event({ content: 'Hel' });
const LO = event({ content: 'lo' });
/** The first 30 characters of the third event: `data: ` and `{"id":"chatcmpl-h","obje`. */
const LO_CUT = LO.slice(0, 30);

const stream = (body: string, cut = true) =>
  decodeExchange(exchange({ mimeType: 'text/event-stream', body, ...(cut ? { bodyCut: CUT } : {}) }));

describe('a body the browser cut', () => {
  it('JSON: the cut issue first, the parse failure softened to a warning that names the cut', () => {
    const body = '{"id":"chatcmpl-h","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"Hel';
    const decoded = decodeExchange(exchange({ body, bodyCut: CUT }));
    expect(decoded?.issues).toEqual([
      CUT_ISSUE,
      expect.objectContaining({
        severity: 'warning',
        path: '',
        message: "after the browser's cut: the body is not valid JSON: cut short or malformed",
      }),
    ]);
    expect(decoded?.conforms).toBe(true);
    // The same text without the cut fact is the provider's broken body, as before.
    const uncut = decodeExchange(exchange({ body }));
    expect(uncut?.issues).toEqual([
      expect.objectContaining({ severity: 'error', path: '', message: 'the body is not valid JSON: cut short or malformed' }),
    ]);
    expect(uncut?.conforms).toBe(false);
  });

  it('a stream cut inside its third event: events up to the cut decoded, the end-of-stream errors softened', () => {
    const decoded = stream(ROLE + HEL + LO_CUT);
    expect(decoded?.kind).toBe('stream');
    expect(decoded?.completion?.choices[0]?.message.content).toBe('Hel');
    expect(decoded?.stream).toMatchObject({ events: 3, done: false });
    expect(decoded?.stream?.eventList?.[2]?.data).toBe('{"id":"chatcmpl-h","obje');
    expect(decoded?.issues.map(({ severity, path, message }) => ({ severity, path, message }))).toEqual([
      { severity: 'warning', path: '', message: CUT_MESSAGE },
      { severity: 'warning', path: 'events[2]', message: "after the browser's cut: event data is not JSON (malformed or cut)" },
      { severity: 'warning', path: 'events', message: "after the browser's cut: the stream ended without [DONE] (cut or truncated)" },
      {
        severity: 'warning',
        path: 'events[2]',
        message: 'the body stops inside this event: no blank line after it (the HTML rules drop such an event)',
      },
    ]);
    expect(decoded?.conforms).toBe(true);
  });

  it('the same stream without the cut fact is reported as the provider cut it', () => {
    const decoded = stream(ROLE + HEL + LO_CUT, false);
    expect(decoded?.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path)).toEqual(['events[2]', 'events']);
    expect(decoded?.conforms).toBe(false);
  });

  it('a contract error in an event before the cut stays an error', () => {
    const badRole = event({ role: 5, content: '' });
    const decoded = stream(badRole + HEL + LO_CUT);
    expect(decoded?.issues[0]).toEqual(CUT_ISSUE);
    expect(decoded?.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path)).toEqual([
      'events[0].choices[0].delta.role',
    ]);
    expect(decoded?.conforms).toBe(false);
  });

  it('a cut between two events: only the missing end is softened', () => {
    const decoded = stream(ROLE + HEL);
    expect(decoded?.stream).toMatchObject({ events: 2, done: false });
    expect(decoded?.issues.map(({ severity, path, message }) => ({ severity, path, message }))).toEqual([
      { severity: 'warning', path: '', message: CUT_MESSAGE },
      { severity: 'warning', path: 'events', message: "after the browser's cut: the stream ended without [DONE] (cut or truncated)" },
    ]);
  });

  it('nothing kept: the empty body is the cut, not the provider', () => {
    const decoded = decodeExchange(exchange({ body: '', bodyCut: { keptBytes: 0, totalBytes: 1_310_720 } }));
    expect(decoded?.issues.map(({ severity, message }) => ({ severity, message }))).toEqual([
      {
        severity: 'warning',
        message:
          'the browser cut this body at 0 bytes of 1,310,720; Firefox: raise devtools.netmonitor.responseBodyLimit in about:config (0 = no limit), then reopen DevTools',
      },
      { severity: 'warning', message: "after the browser's cut: the response body is empty" },
    ]);
  });
});
