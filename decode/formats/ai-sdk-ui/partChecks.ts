import type * as t from 'io-ts';
import { FailureIssues } from '../../contract/failureIssues';
import type { IssueLog } from '../../issueLog';
import type { FoundExtension } from '../../contract/foundExtensions';
import type { ContractIssue, ProviderExtension } from '../../model';
import type { ValueScan } from '../../parseJson';
import { eventPath } from '../../streamEventIssues';

/** One part walked against its codec: what it holds beyond the codec, and its issues, paths inside the part. */
export interface WalkedPart {
  readonly extensions: readonly FoundExtension[];
  readonly issues: readonly ContractIssue[];
}

/**
 * What each codec's failures turned into, shared by the checks of every stream: the codecs are the
 * formats' own constants, and a FailureIssues serves one walk at a time (walks do not nest). One
 * made per codec per stream was a tenth of a data stream's decode (~19 lines, a few of them walked),
 * most of it the instance's callback being named under keep-names.
 */
const FAILURES_BY_CODEC = new Map<t.Mixed, FailureIssues>();

/**
 * The parts of an AI SDK stream (a UI-stream event, a data-stream line) checked each against the
 * codec of its type, in one walk per part (FailureIssues: io-ts is asked only when a part fails,
 * and once per kind of failure); their extensions folded into one list for the stream, each path
 * once with the last value seen and how many parts carried it, as Chat Completions streams list
 * theirs. The AI SDK's data stream (ai-sdk-data/) checks its lines with it too.
 */
export class PartChecks {
  /** Made at the first extension: most streams list none, and every stream makes its checks. */
  #extensions: Map<string, ProviderExtension> | undefined;

  /**
   * Walks one part without reporting it yet; with a `scan`, the walk stands in for parseJson's (a
   * part found too deep must be refused before anything of it is reported, and huge numbers are
   * reported before its issues).
   */
  walk(codec: t.Mixed, value: unknown, scan?: ValueScan): WalkedPart {
    let failures = FAILURES_BY_CODEC.get(codec);
    if (failures === undefined) {
      failures = new FailureIssues(codec);
      FAILURES_BY_CODEC.set(codec, failures);
    }
    return failures.check(value, scan);
  }

  /** Reports a walked part, the part at events[`index`]: its issues go to `log`, paths inside the part. */
  report(walked: WalkedPart, index: number, log: IssueLog): void {
    if (walked.issues.length > 0) {
      const at = eventPath(index);
      for (const issue of walked.issues) log.addWithin(at, 'events[*]', issue);
    }
    for (const extension of walked.extensions) this.note(extension.path, extension.value);
  }

  /** Lists a value under `path` among the extensions (an app's `data-*` part, a tool's output). */
  note(path: string, value: unknown): void {
    this.#extensions ??= new Map();
    const seen = this.#extensions.get(path);
    if (seen === undefined) this.#extensions.set(path, { path, value, occurrences: 1 });
    else {
      seen.value = value;
      seen.occurrences = (seen.occurrences ?? 0) + 1;
    }
  }

  extensions(): ProviderExtension[] {
    return this.#extensions === undefined ? [] : [...this.#extensions.values()];
  }
}
