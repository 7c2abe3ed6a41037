import type { ListRow } from './listRow';
import { createTokenSum } from './tokenSum';
import type { TokenSum } from './tokenSum';

/** Calls and reported tokens of one model (or of all, for the total line). */
export type ModelTotals = {
  readonly model: string;
  readonly calls: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** The prompt total's digits when it is beyond 2^53 (promptTokens is then rounded), else null. */
  readonly promptDigits: string | null;
  readonly completionDigits: string | null;
  /** Calls whose response reported no usage: their tokens are unknown, not zero. */
  readonly callsWithoutUsage: number;
};

export type SessionTotals = {
  readonly all: ModelTotals;
  readonly byModel: readonly ModelTotals[];
  /**
   * The format labels of the rows counted (listRow.ts `format`), sorted: with the models of
   * `byModel`, what the list's model and format columns must fit. Kept here so the list need not
   * go over every shown row to find them at each commit of a burst or each keystroke (round s9).
   */
  readonly formats: readonly string[];
};

export const ALL_MODELS = 'All models';

type Group = { calls: number; callsWithoutUsage: number; readonly prompt: TokenSum; readonly completion: TokenSum };

const newGroup = (): Group => ({ calls: 0, callsWithoutUsage: 0, prompt: createTokenSum(), completion: createTokenSum() });

/**
 * Session totals kept up to date one row at a time: the list adds each exchange as it arrives and
 * removes each one the memory limits drop, so a burst of 10,000 costs 10,000 additions instead of
 * a pass over the whole list per render. `remove` answers false when it cannot take a row out
 * exactly (a fractional count, whose float sum does not undo); the caller
 * (listDerivation.ts) then starts again from the rows, so the totals always equal a computation from scratch. A pending row
 * (not decoded yet: model and usage unknown) counts once it is decoded and replaced.
 */
export function createTotalsAccumulator() {
  const all = newGroup();
  const byModel = new Map<string, Group>();
  /** How many counted rows show each format label. */
  const formats = new Map<string, number>();

  const apply = (group: Group, row: ListRow, sign: 1 | -1): void => {
    group.calls += sign;
    if (row.promptTokens === null && row.completionTokens === null) group.callsWithoutUsage += sign;
  };

  return {
    add(row: ListRow): void {
      if (row.pending) return;
      let group = byModel.get(row.model);
      if (group === undefined) {
        group = newGroup();
        byModel.set(row.model, group);
      }
      for (const target of [group, all]) {
        apply(target, row, 1);
        target.prompt.add(row.promptTokens, row.promptDigits);
        target.completion.add(row.completionTokens, row.completionDigits);
      }
      formats.set(row.format, (formats.get(row.format) ?? 0) + 1);
    },
    remove(row: ListRow): boolean {
      if (row.pending) return true;
      const group = byModel.get(row.model);
      if (group === undefined) return false;
      for (const target of [group, all]) {
        apply(target, row, -1);
        if (!target.prompt.remove(row.promptTokens, row.promptDigits)) return false;
        if (!target.completion.remove(row.completionTokens, row.completionDigits)) return false;
      }
      if (group.calls === 0) byModel.delete(row.model);
      const sameFormat = (formats.get(row.format) ?? 0) - 1;
      if (sameFormat > 0) formats.set(row.format, sameFormat);
      else formats.delete(row.format);
      return true;
    },
    /** The totals as they stand, the busiest model first. */
    snapshot(): SessionTotals {
      const models = [...byModel].map(([model, group]) => totalsOf(model, group));
      models.sort((a, b) => b.calls - a.calls || a.model.localeCompare(b.model));
      return { all: totalsOf(ALL_MODELS, all), byModel: models, formats: [...formats.keys()].sort() };
    },
  };
}

function totalsOf(model: string, group: Group): ModelTotals {
  return {
    model,
    calls: group.calls,
    promptTokens: group.prompt.value(),
    completionTokens: group.completion.value(),
    promptDigits: group.prompt.digits(),
    completionDigits: group.completion.digits(),
    callsWithoutUsage: group.callsWithoutUsage,
  };
}

/** Totals of every listed exchange, per model, the busiest model first, computed from scratch (the tests' reference for the incremental totals). */
export function sessionTotals(rows: readonly ListRow[]): SessionTotals {
  const totals = createTotalsAccumulator();
  for (const row of rows) totals.add(row);
  return totals.snapshot();
}
