import * as t from 'io-ts';

/**
 * The parts of the AI SDK's UI message stream (`ai` v5 and v6, `uiMessageChunkSchema` in
 * node_modules/ai/dist/index.mjs), one io-ts codec per part `type`. The SDK's zod schemas are
 * `looseObject`s: a field they do not name is let through, so here it is an extension, never an
 * error. Optional fields are optional exactly where the SDK's schema says so.
 */

/** `providerMetadata`: per provider, its own record (`{anthropic: {signature}}`, `{openai: {itemId}}`). */
const ProviderMetadata = t.record(t.string, t.UnknownRecord, 'ProviderMetadata');

/** The extra fields the SDK allows on every tool part. */
const toolPartFields = {
  providerExecuted: t.boolean,
  providerMetadata: ProviderMetadata,
  toolMetadata: t.UnknownRecord,
  dynamic: t.boolean,
  title: t.string,
};

const part = <P extends t.Props, O extends t.Props>(type: string, required: P, optional: O) =>
  t.intersection([t.type({ type: t.literal(type), ...required }), t.partial(optional)], type);

/**
 * The string fields of the parts made by withId and withDelta, by type: such a part that holds
 * nothing else but its type and providerMetadata is read without a walk (plainPart.ts).
 */
const stringFields = new Map<string, readonly string[]>();
export const PLAIN_PART_FIELDS: ReadonlyMap<string, readonly string[]> = stringFields;

const withId = (type: string) => {
  stringFields.set(type, ['id']);
  return part(type, { id: t.string }, { providerMetadata: ProviderMetadata });
};
const withDelta = (type: string) => {
  stringFields.set(type, ['id', 'delta']);
  return part(type, { id: t.string, delta: t.string }, { providerMetadata: ProviderMetadata });
};

/**
 * `finishReason`: the SDK's own words. v6 names stop, length, content-filter, tool-calls, error,
 * other; v5 also `unknown`, which the corpus's openai-ui-error-stream-1.sse carries.
 */
export const UiFinishReason = t.keyof(
  { stop: null, length: null, 'content-filter': null, 'tool-calls': null, error: null, other: null, unknown: null },
  'UiFinishReason',
);

/** The codecs by part type; `data-*` parts are the one family matched by prefix (dataPart). */
export const UI_PART_CODECS: ReadonlyMap<string, t.Mixed> = new Map<string, t.Mixed>([
  ['start', part('start', {}, { messageId: t.string, messageMetadata: t.unknown })],
  ['finish', part('finish', {}, { finishReason: UiFinishReason, messageMetadata: t.unknown })],
  ['abort', part('abort', {}, { reason: t.string })],
  ['message-metadata', part('message-metadata', { messageMetadata: t.unknown }, {})],
  ['start-step', part('start-step', {}, {})],
  ['finish-step', part('finish-step', {}, {})],
  ['text-start', withId('text-start')],
  ['text-delta', withDelta('text-delta')],
  ['text-end', withId('text-end')],
  ['reasoning-start', withId('reasoning-start')],
  ['reasoning-delta', withDelta('reasoning-delta')],
  ['reasoning-end', withId('reasoning-end')],
  ['error', part('error', { errorText: t.string }, {})],
  [
    'tool-input-start',
    part(
      'tool-input-start',
      { toolCallId: t.string, toolName: t.string },
      { inputEncoding: t.keyof({ json: null, text: null }), ...toolPartFields },
    ),
  ],
  ['tool-input-delta', part('tool-input-delta', { toolCallId: t.string, inputTextDelta: t.string }, {})],
  // `input` is z.unknown(): zod lets it be absent.
  [
    'tool-input-available',
    part('tool-input-available', { toolCallId: t.string, toolName: t.string }, { input: t.unknown, ...toolPartFields }),
  ],
  [
    'tool-input-error',
    part('tool-input-error', { toolCallId: t.string, toolName: t.string, errorText: t.string }, { input: t.unknown, ...toolPartFields }),
  ],
  [
    'tool-approval-request',
    part(
      'tool-approval-request',
      { approvalId: t.string, toolCallId: t.string },
      { approvalDescriptor: t.unknown, inputSchemaInput: t.unknown, signature: t.string },
    ),
  ],
  [
    'tool-output-available',
    part(
      'tool-output-available',
      { toolCallId: t.string },
      {
        output: t.unknown,
        providerExecuted: t.boolean,
        providerMetadata: ProviderMetadata,
        toolMetadata: t.UnknownRecord,
        dynamic: t.boolean,
        preliminary: t.boolean,
      },
    ),
  ],
  [
    'tool-output-error',
    part(
      'tool-output-error',
      { toolCallId: t.string, errorText: t.string },
      { providerExecuted: t.boolean, providerMetadata: ProviderMetadata, toolMetadata: t.UnknownRecord, dynamic: t.boolean },
    ),
  ],
  ['tool-output-denied', part('tool-output-denied', { toolCallId: t.string }, {})],
  ['source-url', part('source-url', { sourceId: t.string, url: t.string }, { title: t.string, providerMetadata: ProviderMetadata })],
  [
    'source-document',
    part(
      'source-document',
      { sourceId: t.string, mediaType: t.string, title: t.string },
      { filename: t.string, providerMetadata: ProviderMetadata },
    ),
  ],
  ['file', part('file', { url: t.string, mediaType: t.string }, { providerMetadata: ProviderMetadata })],
]);

/** An app's own `data-<name>` part (`writer.write({type: 'data-weather', data})`). */
export const DataPart = t.intersection(
  [t.type({ type: t.string }), t.partial({ id: t.string, data: t.unknown, transient: t.boolean })],
  'data-*',
);

export const isDataPartType = (type: string): boolean => type.startsWith('data-');

/** The codec of a part type; undefined for a type the SDK does not define. */
export const uiPartCodec = (type: string): t.Mixed | undefined => UI_PART_CODECS.get(type) ?? (isDataPartType(type) ? DataPart : undefined);
