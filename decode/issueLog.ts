import { pathWithin } from './issuePath';
import type { ContractIssue } from './model';

/** A path with every index made a wildcard: `events[3].choices[0]` → `events[*].choices[*]`. */
const pathPattern = (path: string): string => path.replace(/\[\d+\]/g, '[*]');

/** How many paths' patterns are remembered; a hostile stream could name millions. */
const MAX_PATTERNS_KEPT = 1_000;

/**
 * Patterns of paths met before: the same relative paths come back in every chunk of a stream and
 * in every response of a provider, and a regex replace costs more than a lookup.
 */
const patterns = new Map<string, string>();

const patternOf = (path: string): string => {
  let pattern = patterns.get(path);
  if (pattern === undefined) {
    pattern = pathPattern(path);
    if (patterns.size >= MAX_PATTERNS_KEPT) patterns.clear();
    patterns.set(path, pattern);
  }
  return pattern;
};

/**
 * Collects issues without repeating one per event or per array element: the same departure in 990
 * chunks (Mistral's `delta.role: null`, Perplexity's object) or in 300,000 logprob tokens (TGI's
 * missing `bytes`) is one issue that names the first place and says how many places had it. Keeps
 * the list readable and memory bounded on streams of 200,000 events.
 */
export class IssueLog {
  /**
   * Made at the first issue: most bodies conform, and every decode makes a log (one per exchange,
   * more for a stream), so an empty log costs no Map (a tenth of a microsecond each, Node 20).
   */
  #entries: Map<string, { issue: ContractIssue; count: number }> | undefined;

  add(issue: ContractIssue): void {
    this.#count(patternOf(issue.path), issue, '');
  }

  /**
   * Adds an issue found inside one part of the document, its path relative to that part: `prefix`
   * is where the part is (`events[3]`) and `prefixPattern` that with its indexes made wildcards
   * (`events[*]`). The same as add() with the full path, but the full path is written out only for
   * the first issue of its kind and the pattern of a relative path is remembered: a stream whose
   * 990 chunks fail alike costs 990 counts, not 990 issues.
   */
  addWithin(prefix: string, prefixPattern: string, issue: ContractIssue): void {
    this.#count(pathWithin(prefixPattern, patternOf(issue.path)), issue, prefix);
  }

  addAll(issues: readonly ContractIssue[]): this {
    for (const issue of issues) this.add(issue);
    return this;
  }

  issues(): ContractIssue[] {
    // Most bodies conform: no iterator and no two arrays for an empty log (asked of every decode).
    if (this.#entries === undefined || this.#entries.size === 0) return [];
    return [...this.#entries.values()].map(({ issue, count }) =>
      count === 1 ? issue : { ...issue, message: `${issue.message} (${count} times; the first is shown)` },
    );
  }

  /** Counts an issue under its pattern; the first of a kind is kept, placed inside `prefix`. */
  #count(pattern: string, issue: ContractIssue, prefix: string): void {
    const key = `${issue.severity}\u0000${pattern}\u0000${issue.message}\u0000${issue.expected ?? ''}`;
    this.#entries ??= new Map();
    const entry = this.#entries.get(key);
    if (entry !== undefined) entry.count += 1;
    else this.#entries.set(key, { issue: prefix === '' ? issue : { ...issue, path: pathWithin(prefix, issue.path) }, count: 1 });
  }
}
