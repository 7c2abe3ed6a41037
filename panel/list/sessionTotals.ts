import type { ListRow } from './listRow';

/** Calls and reported tokens of one model (or of all, for the total line). */
export type ModelTotals = {
  readonly model: string;
  readonly calls: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** Calls whose response reported no usage: their tokens are unknown, not zero. */
  readonly callsWithoutUsage: number;
};

export type SessionTotals = { readonly all: ModelTotals; readonly byModel: readonly ModelTotals[] };

/** Totals of every listed exchange, per model, the busiest model first. */
export function sessionTotals(rows: readonly ListRow[]): SessionTotals {
  const byModel = new Map<string, { calls: number; promptTokens: number; completionTokens: number; callsWithoutUsage: number }>();
  const all = { model: 'All models', calls: 0, promptTokens: 0, completionTokens: 0, callsWithoutUsage: 0 };
  for (const row of rows) {
    const totals = byModel.get(row.model) ?? { calls: 0, promptTokens: 0, completionTokens: 0, callsWithoutUsage: 0 };
    byModel.set(row.model, totals);
    for (const target of [totals, all]) {
      target.calls += 1;
      target.promptTokens += row.promptTokens ?? 0;
      target.completionTokens += row.completionTokens ?? 0;
      if (row.promptTokens === null && row.completionTokens === null) target.callsWithoutUsage += 1;
    }
  }
  const models = [...byModel].map(([model, totals]) => ({ model, ...totals }));
  models.sort((a, b) => b.calls - a.calls || a.model.localeCompare(b.model));
  return { all, byModel: models };
}
