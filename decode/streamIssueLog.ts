import type { ContractIssue } from './model';

/**
 * Collects a stream's issues without repeating one per event: the same departure in 990 chunks
 * (Mistral's `delta.role: null`, Perplexity's object) is one issue that names the first event and
 * says how many events had it. Keeps memory bounded on streams of 200,000 events.
 */
export class StreamIssueLog {
  readonly #entries = new Map<string, { issue: ContractIssue; count: number }>();

  add(issue: ContractIssue): void {
    const key = `${issue.severity}\u0000${issue.path.replace(/^events\[\d+\]/, 'events[*]')}\u0000${issue.message}\u0000${issue.expected ?? ''}`;
    const entry = this.#entries.get(key);
    if (entry === undefined) this.#entries.set(key, { issue, count: 1 });
    else entry.count += 1;
  }

  issues(): ContractIssue[] {
    return [...this.#entries.values()].map(({ issue, count }) =>
      count === 1 ? issue : { ...issue, message: `${issue.message} (in ${count} events; the first is shown)` },
    );
  }
}
