import type { JsonRecord } from '../../lenientFields';
import { recordOf, recordsIn, stringAt } from '../../lenientFields';
import type { NormalizedChoice, NormalizedCompletion } from '../../model';
import { CandidateFold } from './candidateFold';
import { numberOf, stringOf } from '../../fieldValues';
import { UsageFold } from './usage';

/**
 * Gemini responses (a generateContent body, or a stream's chunks in order) folded into one
 * completion: one choice per candidate `index` (0 when absent: proto3 leaves a default out),
 * usage by UsageFold, id = responseId, model = modelVersion, created from Vertex's createTime.
 */

/** Unix seconds of an RFC 3339 time (`2025-01-05T10:00:00.123456Z`); null when unreadable. */
const unixSeconds = (time: string | undefined): number | null => {
  if (time === undefined) return null;
  const ms = Date.parse(time);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
};

/** Past this many candidates they are looked up in a Map (a hostile stream could name millions). */
const FEW = 8;

const byIndex = (a: CandidateFold, b: CandidateFold): number => a.index - b.index;

export class ResponseFold {
  /**
   * In the order first met. An array, searched, while there are few (a response has one candidate,
   * rarely a few, and a fold is made for every body and stream); a Map only past FEW.
   */
  readonly #candidates: CandidateFold[] = [];
  #byIndex: Map<number, CandidateFold> | undefined;
  readonly #usage = new UsageFold();
  #id: string | undefined;
  #model: string | undefined;
  #createTime: string | undefined;
  #promptFeedback: JsonRecord | undefined;

  /** Whether the stream ended as Gemini says a complete one does: a candidate carried finishReason. */
  get finished(): boolean {
    for (const candidate of this.#candidates) if (candidate.finished) return true;
    return false;
  }

  /** Whether the prompt was blocked: feedback came and no candidate did. */
  get blocked(): boolean {
    return this.#candidates.length === 0 && this.#promptFeedback !== undefined;
  }

  get blockReason(): string | undefined {
    return stringAt(this.#promptFeedback, 'blockReason');
  }

  get blockMessage(): string | undefined {
    return stringAt(this.#promptFeedback, 'blockReasonMessage');
  }

  add(response: JsonRecord): void {
    this.#id = stringOf(response.responseId) ?? this.#id;
    this.#model = stringOf(response.modelVersion) ?? this.#model;
    this.#createTime = stringOf(response.createTime) ?? this.#createTime;
    this.#promptFeedback = recordOf(response.promptFeedback) ?? this.#promptFeedback;
    this.#usage.add(recordOf(response.usageMetadata));
    for (const candidate of recordsIn(response.candidates)) {
      const index = numberOf(candidate.index) ?? 0;
      this.#foldAt(index).add(candidate);
    }
  }

  /** The fold of the candidate at `index`, made when first met. */
  #foldAt(index: number): CandidateFold {
    const known = this.#byIndex === undefined ? this.#candidates.find((fold) => fold.index === index) : this.#byIndex.get(index);
    if (known !== undefined) return known;
    const fold = new CandidateFold(index);
    this.#candidates.push(fold);
    if (this.#byIndex !== undefined) this.#byIndex.set(index, fold);
    else if (this.#candidates.length > FEW) this.#byIndex = new Map(this.#candidates.map((each) => [each.index, each]));
    return fold;
  }

  result(): NormalizedCompletion {
    const folds = this.#candidates.length > 1 ? [...this.#candidates].sort(byIndex) : this.#candidates;
    const choices: NormalizedChoice[] = [];
    for (const fold of folds) choices.push(fold.result());
    // A blocked prompt gets one empty choice whose finish_reason is the block reason, so the list
    // and the Response tab say why nothing came (null when, as in Firebase's test data, only a
    // blockReasonMessage was sent).
    if (this.blocked) choices.push({ index: 0, finish_reason: this.blockReason ?? null, message: { role: 'model', content: null } });
    return {
      id: this.#id ?? null,
      object: null,
      created: unixSeconds(this.#createTime),
      model: this.#model ?? null,
      choices,
      usage: this.#usage.result(),
    };
  }
}
