/**
 * A provider extension's value as text: JSON, pretty-printed when it is an object or array, so
 * a string "0" and a number 0 read differently.
 */
export function extensionValueText(value: unknown): string {
  if (value !== null && typeof value === 'object') return JSON.stringify(value, null, 2);
  // JSON.stringify(undefined) gives undefined despite its type; decoded JSON never holds it, a bug might.
  return value === undefined ? 'undefined' : JSON.stringify(value);
}
