import type { ContractIssue } from './model';

/**
 * Collects issues without repeating one per event or per array element: the same departure in 990
 * chunks (Mistral's `delta.role: null`, Perplexity's object) or in 300,000 logprob tokens (TGI's
 * missing `bytes`) is one issue that names the first place and says how many places had it. Keeps
 * the list readable and memory bounded on streams of 200,000 events.
 */
export class IssueLog {
  readonly #entries = new Map<string, { issue: ContractIssue; count: number }>();

  add(issue: ContractIssue): void {
    const pattern = issue.path.replace(/\[\d+\]/g, '[*]');
    const key = `${issue.severity}\u0000${pattern}\u0000${issue.message}\u0000${issue.expected ?? ''}`;
    const entry = this.#entries.get(key);
    if (entry === undefined) this.#entries.set(key, { issue, count: 1 });
    else entry.count += 1;
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
}
