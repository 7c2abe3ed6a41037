import type * as t from 'io-ts';
import { PLAIN_PART_FIELDS, uiPartCodec } from './codecs';

/** What a part's type tells its reader: its codec, and the string fields of a plain part of it (plainPart.ts). */
export interface PartKind {
  readonly codec: t.Mixed;
  readonly plainFields: readonly string[] | undefined;
}

/**
 * The kinds of a stream's parts by type, remembering the last one asked. A part's `type` is a
 * fresh string from JSON.parse, so a Map lookup first hashes it (uiPartCodec was ~5% of a
 * reasoning stream's decode in a --cpu-prof profile); parts come in runs of one type (hundreds of
 * `reasoning-delta`s in a row), so comparing with the last type answers most of them. One per stream.
 */
export class PartKinds {
  #lastType: string | undefined;
  #lastKind: PartKind | undefined;

  /** The kind of `type`; undefined for a type the AI SDK does not define (as uiPartCodec). */
  of(type: string): PartKind | undefined {
    if (type === this.#lastType) return this.#lastKind;
    const codec = uiPartCodec(type);
    const kind = codec === undefined ? undefined : { codec, plainFields: PLAIN_PART_FIELDS.get(type) };
    this.#lastType = type;
    this.#lastKind = kind;
    return kind;
  }
}
