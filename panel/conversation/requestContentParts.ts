import * as t from 'io-ts';
import * as E from 'fp-ts/Either';

/**
 * The request messages' content parts, read panel-side: decode/'s RequestMessage keeps only the
 * joined text of a content array, and the Conversation tab also shows the images, audio and files
 * a user sent (OpenAI's `image_url`, `input_audio`, `file` parts).
 */

const TextPart = t.type({ type: t.literal('text'), text: t.string });
const ImageUrlPart = t.type({
  type: t.literal('image_url'),
  image_url: t.intersection([t.type({ url: t.string }), t.partial({ detail: t.string })]),
});
const InputAudioPart = t.type({ type: t.literal('input_audio'), input_audio: t.type({ data: t.string, format: t.string }) });
const FilePart = t.type({
  type: t.literal('file'),
  file: t.partial({ filename: t.string, file_id: t.string, file_data: t.string }),
});
export const KnownContentPart = t.union([TextPart, ImageUrlPart, InputAudioPart, FilePart]);
export type KnownContentPart = t.TypeOf<typeof KnownContentPart>;

/** Any part with a type the tab has no view for (magistral's `thinking`, `refusal`, a new one). */
const TypedPart = t.type({ type: t.string });

export type ContentPartView =
  { readonly kind: 'known'; readonly part: KnownContentPart } | { readonly kind: 'other'; readonly type: string };

const RequestWithMessages = t.type({ messages: t.UnknownArray });
const MessageWithParts = t.type({ content: t.UnknownArray });

/** JSON.parse that never throws (decode/ keeps its own private; index.ts does not export it). */
const parseJson = (text: string): E.Either<string, unknown> =>
  E.tryCatch(
    (): unknown => JSON.parse(text),
    (error) => String(error),
  );

const partView = (part: unknown): ContentPartView => {
  const known = KnownContentPart.decode(part);
  if (E.isRight(known)) return { kind: 'known', part: known.right };
  return { kind: 'other', type: TypedPart.is(part) ? part.type : 'not an object' };
};

/**
 * One entry per request message, in the order decode/ lists them (it skips entries that are not
 * objects, so this does too): the parts when content is an array, null otherwise.
 */
export function requestContentParts(requestBody: string | null): ReadonlyArray<readonly ContentPartView[] | null> {
  if (requestBody === null) return [];
  const parsed = parseJson(requestBody);
  if (E.isLeft(parsed) || !RequestWithMessages.is(parsed.right)) return [];
  return parsed.right.messages
    .filter((message) => t.UnknownRecord.is(message))
    .map((message) => (MessageWithParts.is(message) ? message.content.map(partView) : null));
}
