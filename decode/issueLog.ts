import { pathWithin } from './issuePath';
import type { ContractIssue } from './model';

/**
 * No issue: one frozen array for every check that found none (most do, for every exchange), where
 * the caller only reads it or copies it into a new array; never an IssueLog's own answer.
 */
export const NO_ISSUES: readonly ContractIssue[] = Object.freeze([]);

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

interface Entry {
  readonly issue: ContractIssue;
  /** The pattern of the issue's path, which its kind is told by (with its severity, message and expected). */
  readonly pattern: string;
  count: number;
}

/** What tells two issues of a log apart: the same key, the same kind, counted as one. */
const keyOf = (pattern: string, issue: ContractIssue): string =>
  `${issue.severity}\u0000${pattern}\u0000${issue.message}\u0000${issue.expected ?? ''}`;

/**
 * Collects issues without repeating one per event or per array element: the same departure in 990
 * chunks (Mistral's `delta.role: null`, Perplexity's object) or in 300,000 logprob tokens (TGI's
 * missing `bytes`) is one issue that names the first place and says how many places had it. Keeps
 * the list readable and memory bounded on streams of 200,000 events.
 */
export class IssueLog {
  /**
   * The first kind of issue, kept without a key: most logs hold none or one (a blocked prompt, one
   * extension's warning), and the key (a string of the whole message, hashed by the Map) cost more
   * than the rest of such a log (a prompt-blocked Gemini body: 7% of its decode).
   */
  #first: Entry | undefined;
  /** Every kind by its key, made at the second issue, the first kind in it first (the order shown). */
  #entries: Map<string, Entry> | undefined;

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
    // Most bodies conform (every decode makes a log, one per exchange, more for a stream): no
    // iterator and no two arrays for an empty log.
    if (this.#first === undefined) return [];
    if (this.#entries === undefined) return [shown(this.#first)];
    return [...this.#entries.values()].map(shown);
  }

  /** Counts an issue under its pattern; the first of a kind is kept, placed inside `prefix`. */
  #count(pattern: string, issue: ContractIssue, prefix: string): void {
    const first = this.#first;
    if (first === undefined) {
      this.#first = { issue: placedIn(prefix, issue), pattern, count: 1 };
      return;
    }
    const key = keyOf(pattern, issue);
    if (this.#entries === undefined) {
      // From the second issue on, kinds are told apart by key: the first's is worked out now.
      this.#entries = new Map([[keyOf(first.pattern, first.issue), first]]);
    }
    const entry = this.#entries.get(key);
    if (entry !== undefined) entry.count += 1;
    else this.#entries.set(key, { issue: placedIn(prefix, issue), pattern, count: 1 });
  }
}

/** The issue with its path inside `prefix` ('' for none). */
const placedIn = (prefix: string, issue: ContractIssue): ContractIssue =>
  prefix === '' ? issue : { ...issue, path: pathWithin(prefix, issue.path) };

/** An issue as the log shows it: with how many places had it, when more than one. */
const shown = ({ issue, count }: Entry): ContractIssue =>
  count === 1 ? issue : { ...issue, message: `${issue.message} (${count} times; the first is shown)` };
