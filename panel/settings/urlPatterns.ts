import type { ExtraUrlPattern } from '../../decode/index';
import { FormatName } from '../../decode/index';

/**
 * The user's extra URL patterns for LLM endpoints no format recognises by URL (a gateway's
 * `/api/generate`, a proxy path). One pattern per line, in either form:
 * - `/regex/flags`, a JavaScript regular expression tested against the whole URL;
 * - anything else, text found anywhere in the URL, where `*` stands for any characters
 *   (`*.internal/llm/*`). Text patterns ignore case, as hosts do.
 * A line may start with a format's name and whitespace (`anthropic-messages gateway.internal/llm/*`):
 * the endpoint speaks that format. A bare pattern leaves the format to the body.
 */
export type CompiledPatterns = {
  readonly patterns: readonly ExtraUrlPattern[];
  readonly invalid: readonly { readonly pattern: string; readonly reason: string }[];
};

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;
/**
 * `word  pattern`: a leading word, then whitespace and the rest. A URL holds no raw whitespace, so
 * a line with whitespace outside a regex literal can only be naming a format.
 */
const NAMED_PATTERN = /^(\S+)\s+(\S.*)$/s;

export function compileUrlPatterns(lines: readonly string[]): CompiledPatterns {
  const patterns: ExtraUrlPattern[] = [];
  const invalid: { pattern: string; reason: string }[] = [];
  for (const line of lines) {
    const pattern = line.trim();
    if (pattern === '') continue;
    const compiled = compilePatternLine(pattern);
    if (typeof compiled === 'string') invalid.push({ pattern, reason: compiled });
    else patterns.push(compiled);
  }
  return { patterns, invalid };
}

/** One trimmed line: a bare pattern, a pattern naming its format, or why it is neither. */
function compilePatternLine(line: string): ExtraUrlPattern | string {
  const named = line.startsWith('/') ? null : NAMED_PATTERN.exec(line);
  if (named === null) return compileUrlPattern(line);
  const name = (named[1] ?? '').toLowerCase();
  if (!FormatName.is(name)) return `unknown format "${named[1] ?? ''}" (one of ${Object.keys(FormatName.keys).join(', ')})`;
  const pattern = compileUrlPattern(named[2] ?? '');
  return typeof pattern === 'string' ? pattern : { pattern, format: name };
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
