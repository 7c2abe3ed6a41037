/**
 * Hostile responses for the panel's e2e tests (issue 7): broken, malicious and oversized bodies a
 * chat endpoint can send, each by name. Built on first use and kept: some are megabytes. Node only.
 */
import { sseEvent, sseText } from '../testing/chatBodies';

export type HostileResponse = {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
};

/** What each script-looking payload would do if it ever ran in the panel: set a flag, then open a dialog. */
export const PWNED_FLAG = 'llmPwned';
const RUN = `window.${PWNED_FLAG}=1;alert(1)`;
export const SCRIPT_MARKUP = `<script>${RUN}</script><img src=x onerror="${RUN}">`;
export const JS_LINK = `javascript:${RUN}`;
/** RIGHT-TO-LEFT OVERRIDE: "gpt-4o\u202Einim" displays as "gpt-4ominim" reversed at its end. */
export const RLO = '\u202e';

const CREATED = 1764061200;

/** A conforming completion as JSON text; `extra` is raw JSON text spliced in (so `__proto__` stays a key). */
function completion(message: Record<string, unknown>, { model = 'gpt-4o-mini', finish = 'stop', extra = '' } = {}): string {
  const head = { id: 'chatcmpl-hostile', object: 'chat.completion', created: CREATED, model };
  const tail = {
    choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: finish }],
    usage: { prompt_tokens: 12, completion_tokens: 34, total_tokens: 46 },
  };
  return `${JSON.stringify(head).slice(0, -1)},${extra === '' ? '' : `${extra},`}${JSON.stringify(tail).slice(1)}`;
}

const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
  sseEvent({
    id: 'chatcmpl-s',
    object: 'chat.completion.chunk',
    created: CREATED,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, delta, finish_reason: finish }],
  });

/**
 * 200,000 events in about 11 MB: a role event, 199,997 content events, a finish event and [DONE].
 * The chunks carry only `choices` (no id, object, created or model, as some proxies strip them):
 * conforming chunks take 122 bytes or more each, and 200,000 of those (24 MB) are more than
 * Chromium's DevTools keeps of one response (see OVERSIZED_STREAM).
 */
function manyEvents(): HostileResponse {
  const delta = (fields: Record<string, unknown>, finish?: string) => ({
    choices: [{ index: 0, delta: fields, ...(finish === undefined ? {} : { finish_reason: finish }) }],
  });
  const content = sseEvent(delta({ content: 'x' }));
  return sse(`${sseEvent(delta({ role: 'assistant', content: '' }))}${content.repeat(199_997)}${sseText([delta({}, 'stop'), '[DONE]'])}`);
}

/**
 * A conforming stream of about 24 MB (200,000 of the smallest conforming chunks). Chromium 156's
 * DevTools does not keep a response body that large (seen: 19,000,000 bytes kept, 19,999,999 not),
 * so the extension gets none: the panel must say so instead of showing an empty answer.
 */
function oversizedStream(): HostileResponse {
  const smallest = (delta: Record<string, unknown>, finish?: string) => ({
    id: 'c',
    object: 'chat.completion.chunk',
    created: CREATED,
    model: 'm',
    choices: [{ index: 0, delta, ...(finish === undefined ? {} : { finish_reason: finish }) }],
  });
  return sse(
    `${sseEvent(smallest({ role: 'assistant', content: '' }))}${sseEvent(smallest({ content: 'x' })).repeat(199_997)}${sseText([smallest({}, 'stop'), '[DONE]'])}`,
  );
}

const json = (body: string | Buffer, status = 200): HostileResponse => ({
  status,
  contentType: 'application/json',
  body: Buffer.from(body),
});
const sse = (body: string): HostileResponse => ({ status: 200, contentType: 'text/event-stream; charset=utf-8', body: Buffer.from(body) });

const cutJson = (): HostileResponse => {
  const whole = completion({ content: 'The forecast for Lisbon is sunny' });
  return json(whole.slice(0, whole.indexOf('sunny')));
};

const cutStream = (): HostileResponse =>
  sse(`${chunk({ role: 'assistant', content: '' })}${chunk({ content: 'Hello' })}data: {"id":"chatcmpl-s","object":"chat.comp`);

/** `caf` then a lead byte with no continuation (0xC3 before "("), and 0xFF 0xFE, which UTF-8 never uses. */
const invalidUtf8 = (): HostileResponse => {
  const [before, after] = completion({ content: 'caf@@ and @@ok' }).split('@@ and @@');
  return json(
    Buffer.concat([
      Buffer.from(before ?? ''),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' and '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(after ?? ''),
    ]),
  );
};

/** JSON escapes for half a surrogate pair each: valid JSON, not valid Unicode. */
const loneSurrogates = (): HostileResponse =>
  json(completion({ content: 'half a pair: @@ and @@' }).replace('@@ and @@', '\\ud83d and \\udc4d'));

/** Not text at all by its type: the browser hands such a body over base64-encoded. */
const binary = (): HostileResponse => ({ ...invalidUtf8(), contentType: 'application/octet-stream' });

const deepNesting = (): HostileResponse => json(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);

const protoKeys = (): HostileResponse =>
  json(
    completion({ content: 'Nothing to see.' }, { extra: '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}' }),
  );

/** 2^64 - 1 as the seed of the choice (as Together sends seeds): JSON.parse would round it to 18446744073709552000. */
const bigInteger = (): HostileResponse =>
  json(completion({ content: 'Seeded.' }).replace('"finish_reason":"stop"', '"finish_reason":"stop","seed":18446744073709551615'));

const markupContent = (): HostileResponse =>
  json(
    completion(
      {
        content: `# Weather\n${SCRIPT_MARKUP}\n[click me](${JS_LINK}) <a href="${JS_LINK}">raw link</a>\n${RLO}gnp.exe`,
        annotations: [{ type: 'url_citation', url_citation: { url: JS_LINK, title: SCRIPT_MARKUP, start_index: 0, end_index: 9 } }],
      },
      { extra: `"citations":${JSON.stringify([JS_LINK])}` },
    ),
  );

const markupToolCall = (): HostileResponse =>
  json(
    completion(
      {
        content: null,
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: `<img src=x onerror="${RUN}">`, arguments: JSON.stringify({ city: SCRIPT_MARKUP, url: JS_LINK }) },
          },
        ],
      },
      { finish: 'tool_calls' },
    ),
  );

const markupModel = (): HostileResponse => json(completion({ content: 'Hi.' }, { model: `${SCRIPT_MARKUP}gpt-4o${RLO}inim` }));

const markupError = (): HostileResponse =>
  json(
    JSON.stringify({
      error: { message: `${SCRIPT_MARKUP} see [the docs](${JS_LINK})`, type: `<b>invalid_request_error</b>`, code: JS_LINK, param: null },
    }),
    400,
  );

/** Any well-formed answer: the hostile part of this case is the URL the page calls. */
const plain = (): HostileResponse => json(completion({ content: 'Fine.' }));

/** One line of about 5 MB: a single content string with no newline in the whole body. */
const hugeLine = (): HostileResponse => json(completion({ content: 'All work and no play makes a long line. '.repeat(125_000) }));

const BUILDERS: Readonly<Record<string, () => HostileResponse>> = {
  'truncated-json': cutJson,
  'truncated-stream': cutStream,
  'invalid-utf8': invalidUtf8,
  'lone-surrogates': loneSurrogates,
  'binary-body': binary,
  'empty-body': () => json(''),
  'null-body': () => json('null'),
  'deep-nesting': deepNesting,
  'proto-keys': protoKeys,
  'big-integer': bigInteger,
  'markup-content': markupContent,
  'markup-tool-call': markupToolCall,
  'markup-model': markupModel,
  'markup-error': markupError,
  'markup-url': plain,
  'huge-line': hugeLine,
  'many-events': manyEvents,
  'oversized-stream': oversizedStream,
};

export const HOSTILE_CASES: readonly string[] = Object.keys(BUILDERS);

const built = new Map<string, HostileResponse>();

/** The named hostile response, or null for a name that is not one. */
export function hostileResponse(name: string): HostileResponse | null {
  const build = Object.hasOwn(BUILDERS, name) ? BUILDERS[name] : undefined;
  if (build === undefined) return null;
  const cached = built.get(name) ?? build();
  built.set(name, cached);
  return cached;
}
