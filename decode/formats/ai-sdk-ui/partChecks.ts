import type * as t from 'io-ts';
import { FailureIssues } from '../../contract/failureIssues';
import type { IssueLog } from '../../issueLog';
import type { ProviderExtension } from '../../model';

/**
 * The parts of an AI SDK stream (a UI-stream event, a data-stream line) checked each against the
 * codec of its type, in one walk per part (FailureIssues: io-ts is asked only when a part fails,
 * and once per kind of failure); their extensions folded into one list for the stream, each path
 * once with the last value seen and how many parts carried it, as Chat Completions streams list
 * theirs. The AI SDK's data stream (ai-sdk-data/) checks its lines with it too.
 */
export class PartChecks {
  readonly #byCodec = new Map<t.Mixed, FailureIssues>();
  readonly #extensions = new Map<string, ProviderExtension>();

  /** Checks one part found at `at` (`events[3]`); its issues go to `log`, paths inside the part. */
  check(codec: t.Mixed, value: unknown, at: string, log: IssueLog): void {
    let failures = this.#byCodec.get(codec);
    if (failures === undefined) {
      failures = new FailureIssues(codec);
      this.#byCodec.set(codec, failures);
    }
    const { extensions, issues } = failures.check(value);
    for (const issue of issues) log.addWithin(at, 'events[*]', issue);
    for (const extension of extensions) this.note(extension.path, extension.value);
  }

  /** Lists a value under `path` among the extensions (an app's `data-*` part, a tool's output). */
  note(path: string, value: unknown): void {
    const seen = this.#extensions.get(path);
    if (seen === undefined) this.#extensions.set(path, { path, value, occurrences: 1 });
    else {
      seen.value = value;
      seen.occurrences = (seen.occurrences ?? 0) + 1;
    }
  }

  extensions(): ProviderExtension[] {
    return [...this.#extensions.values()];
  }
}
