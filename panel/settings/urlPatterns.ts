/**
 * The user's extra URL patterns for chat endpoints that do not end in /chat/completions (a gateway's
 * `/api/generate`, a proxy path). One pattern per line, in either form:
 * - `/regex/flags`, a JavaScript regular expression tested against the whole URL;
 * - anything else, text found anywhere in the URL, where `*` stands for any characters
 *   (`*.internal/llm/*`). Text patterns ignore case, as hosts do.
 */
export type CompiledPatterns = {
  readonly patterns: readonly RegExp[];
  readonly invalid: readonly { readonly pattern: string; readonly reason: string }[];
};

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;

export function compileUrlPatterns(lines: readonly string[]): CompiledPatterns {
  const patterns: RegExp[] = [];
  const invalid: { pattern: string; reason: string }[] = [];
  for (const line of lines) {
    const pattern = line.trim();
    if (pattern === '') continue;
    const compiled = compileUrlPattern(pattern);
    if (compiled instanceof RegExp) patterns.push(compiled);
    else invalid.push({ pattern, reason: compiled });
  }
  return { patterns, invalid };
}

/** A RegExp, or why the pattern is not one. */
export function compileUrlPattern(pattern: string): RegExp | string {
  const literal = REGEX_LITERAL.exec(pattern);
  if (literal !== null) {
    // `g` and `y` make test() stateful (lastIndex), which would make detection flip between calls.
    const flags = (literal[2] ?? '').replace(/[gy]/g, '');
    try {
      return new RegExp(literal[1] ?? '', flags);
    } catch (error: unknown) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  const escaped = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return new RegExp(escaped, 'i');
}
