import * as t from 'io-ts';

/** `X | null`, named so an issue's `expected` reads naturally. */
export const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null], `${codec.name} | null`);
