import type * as t from 'io-ts';
import { contractErrors } from './contractErrors';
import { issuesFromErrors } from './contractIssues';
import type { FailureNotes } from './failureNotes';
import type { FoundExtension } from './foundExtensions';
import { walkContract } from './walkContract';
import type { PathStep } from './walkPath';
import { pathText } from './walkPath';
import type { ContractIssue } from '../model';
import type { ValueScan } from '../parseJson';

/** What a check finds of a value: the fields the codec does not define, and its contract issues. */
export interface CheckedValue {
  readonly extensions: FoundExtension[];
  readonly issues: ContractIssue[];
}

/** Between checks: nothing is added to it. */
const NO_EXTENSIONS: FoundExtension[] = [];

/** How many different failures are remembered; past that the memory starts afresh. */
const MAX_REMEMBERED = 100;

/**
 * The contract issues of values that do not conform to one codec, paths relative to the value.
 * Values tend to fail alike: a stream's chunks (Mistral's `delta.role: null` in 123 of 124
 * chunks, TGI's `object` and logprobs in all 100), and one provider's responses (Groq's
 * `service_tier: "on_demand"` in every one). The walk's notes of where and how a value fails
 * (FailureNotes) decide its contract errors, so the issues worked out for the first value with
 * such notes serve every later one, and io-ts is asked once per kind of failure, not per value.
 */
export class FailureIssues {
  readonly #codec: t.Mixed;
  readonly #known = new Map<string, readonly ContractIssue[]>();
  readonly #failures: FailureNotes = { places: [], reusable: true };
  /** Where the walk under way puts the extensions it finds. */
  #extensions: FoundExtension[] = NO_EXTENSIONS;
  readonly #onExtension = (steps: readonly PathStep[], child: unknown): void => {
    this.#extensions.push({ path: pathText(steps), value: child });
  };

  constructor(codec: t.Mixed) {
    this.#codec = codec;
  }

  /**
   * One walk of `value` alongside the codec: the fields it does not define, and its issues, worked
   * out by io-ts only when it does not conform. The issues are copies, the caller's to change: the
   * remembered ones serve other values too. Given a `scan`, the walk also stands in for parseJson's
   * (contract/scanAlongside.ts): a value parsed without one is walked once, not twice. A value it
   * finds too deep gets no issues (io-ts would recurse through every level): the caller refuses it.
   */
  check(value: unknown, scan?: ValueScan): CheckedValue {
    const extensions: FoundExtension[] = [];
    // Notes and the extension callback are the instance's, made once: a check runs for every body
    // and every stream chunk, and a walk never starts another check of the same instance.
    const failures = this.#failures;
    // Emptied only when a failure was noted: setting an array's length is a runtime call.
    if (failures.places.length > 0) failures.places.length = 0;
    failures.reusable = true;
    this.#extensions = extensions;
    const conforms = walkContract(this.#codec, value, this.#onExtension, failures, scan);
    this.#extensions = NO_EXTENSIONS;
    if (conforms || scan?.tooDeep === true) return { extensions, issues: [] };
    return { extensions, issues: this.of(value, failures).map((issue) => ({ ...issue })) };
  }

  /** The issues of `value`, which failed the walk with `failures`. Callers must not change them. */
  of(value: unknown, failures: FailureNotes): readonly ContractIssue[] {
    const key = failures.reusable ? failures.places.join('\u0001') : undefined;
    const known = key === undefined ? undefined : this.#known.get(key);
    if (known !== undefined) return known;
    const issues = issuesFromErrors(contractErrors(this.#codec, value));
    if (key !== undefined) {
      if (this.#known.size >= MAX_REMEMBERED) this.#known.clear();
      this.#known.set(key, issues);
    }
    return issues;
  }
}
