import { pathWithin } from './issuePath';
import type { ContractIssue } from './model';

/** A path with every index made a wildcard: `events[3].choices[0]` → `events[*].choices[*]`. */
const pathPattern = (path: string): string => path.replace(/\[\d+\]/g, '[*]');

/** How many relative paths' patterns a log remembers; a hostile stream could name millions. */
const MAX_PATTERNS_KEPT = 1_000;

/**
 * Collects issues without repeating one per event or per array element: the same departure in 990
 * chunks (Mistral's `delta.role: null`, Perplexity's object) or in 300,000 logprob tokens (TGI's
 * missing `bytes`) is one issue that names the first place and says how many places had it. Keeps
 * the list readable and memory bounded on streams of 200,000 events.
 */
export class IssueLog {
  readonly #entries = new Map<string, { issue: ContractIssue; count: number }>();
  readonly #patterns = new Map<string, string>();

  add(issue: ContractIssue): void {
    this.#count(pathPattern(issue.path), issue, '');
  }

  /**
   * Adds an issue found inside one part of the document, its path relative to that part: `prefix`
   * is where the part is (`events[3]`) and `prefixPattern` that with its indexes made wildcards
   * (`events[*]`). The same as add() with the full path, but the full path is written out only for
   * the first issue of its kind, and a relative path's pattern is worked out once: a stream whose
   * 990 chunks fail alike costs 990 counts, not 990 issues.
   */
  addWithin(prefix: string, prefixPattern: string, issue: ContractIssue): void {
    let pattern = this.#patterns.get(issue.path);
    if (pattern === undefined) {
      pattern = pathPattern(issue.path);
      if (this.#patterns.size < MAX_PATTERNS_KEPT) this.#patterns.set(issue.path, pattern);
    }
    this.#count(pathWithin(prefixPattern, pattern), issue, prefix);
  }

  addAll(issues: readonly ContractIssue[]): this {
    for (const issue of issues) this.add(issue);
    return this;
  }

  issues(): ContractIssue[] {
    return [...this.#entries.values()].map(({ issue, count }) =>
      count === 1 ? issue : { ...issue, message: `${issue.message} (${count} times; the first is shown)` },
    );
  }

  /** Counts an issue under its pattern; the first of a kind is kept, placed inside `prefix`. */
  #count(pattern: string, issue: ContractIssue, prefix: string): void {
    const key = `${issue.severity}\u0000${pattern}\u0000${issue.message}\u0000${issue.expected ?? ''}`;
    const entry = this.#entries.get(key);
    if (entry !== undefined) entry.count += 1;
    else this.#entries.set(key, { issue: prefix === '' ? issue : { ...issue, path: pathWithin(prefix, issue.path) }, count: 1 });
  }
}
