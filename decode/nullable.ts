import * as t from 'io-ts';

/** `X | null`; an issue's `expected` reads it as `… or null` (expectedText.ts). */
export const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null], `${codec.name} | null`);
