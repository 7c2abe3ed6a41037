/**
 * What `devtools.inspectedWindow.eval` answered, made plain. Firefox resolves `[result,
 * exceptionInfo]`; in Chrome webextension-polyfill resolves with the callback's arguments, just
 * `result` when there was no exception (see extension/newDocumentFilter.ts). The tap's expressions
 * answer a string or null, never an array, so an array is always that pair.
 */
export type EvalAnswer = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly reason: string };

const describe = (info: unknown): string => {
  if (typeof info !== 'object' || info === null) return String(info);
  const description: unknown = Reflect.get(info, 'description');
  const value: unknown = Reflect.get(info, 'value');
  const code: unknown = Reflect.get(info, 'code');
  const text = typeof description === 'string' ? description : typeof value === 'string' ? value : '';
  return [typeof code === 'string' ? code : '', text].filter((part) => part !== '').join(': ') || 'the page refused the evaluation';
};

const isFailure = (info: unknown): boolean =>
  typeof info === 'object' && info !== null && (Reflect.get(info, 'isError') === true || Reflect.get(info, 'isException') === true);

export function evalAnswerOf(value: unknown): EvalAnswer {
  if (!Array.isArray(value)) return { ok: true, result: value };
  const pair: readonly unknown[] = value;
  const [result, info] = pair;
  return isFailure(info) ? { ok: false, reason: describe(info) } : { ok: true, result };
}

/**
 * Pages the browser keeps extensions out of (its own pages, the web stores) refuse every eval: Live
 * says it cannot run there. Anything else (seen: "no execution context" while a page navigates) is
 * a passing failure the next poll retries.
 */
const RESTRICTED =
  /cannot access|cannot be scripted|not allowed|permission|privileged|restricted|chrome:\/\/|about:|webstore|addons\.mozilla/i;

export function isRestrictedPageFailure(reason: string): boolean {
  return RESTRICTED.test(reason);
}
