/**
 * Paths into a body as issues, extensions and precise numbers name them: `choices[0].message`,
 * `events[3].choices[0].delta`, `[2]` for an element of a top-level array. One spelling
 * everywhere, so the panel can match a path from one list against another.
 */

/** The member `key` of the value at `path`. */
export const keyPath = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** Element `index` of the array at `path`. */
export const indexPath = (path: string, index: number | string): string => `${path}[${index}]`;

/** `path` (relative to a part) placed inside a larger document at `prefix`: `events[3]` + `choices[0]`. */
export const pathWithin = (prefix: string, path: string): string =>
  prefix === '' ? path : path === '' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;

/** Whether `path` is `ancestor` or lies below it. */
export const isAtOrBelow = (path: string, ancestor: string): boolean =>
  path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
