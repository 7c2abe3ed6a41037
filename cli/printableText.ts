/**
 * Network text made safe to print on a terminal: control characters (ESC starts an ANSI sequence
 * that could recolor or rewrite the CI log), line breaks (one issue stays on one line) and the
 * bidirectional overrides of "Trojan Source" (CVE-2021-42574) are shown as `\n`, `\u001b`, ...
 */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
