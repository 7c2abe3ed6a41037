import type * as t from 'io-ts';
import type { PreciseNumber, ProviderExtension } from '../model';
import { preciseNumbersUnder } from '../preciseNumbers';
import { walkContract } from './walkContract';
import { pathText } from './walkPath';

/**
 * The fields a body carries that the contract does not define (x_groq, provider, timings,
 * citations, content_filter_results, ...), as the walk finds them (walkContract.ts). Providers'
 * extensions are what a user came to see, so they are listed, never dropped.
 */
export interface FoundExtension {
  readonly path: string;
  readonly value: unknown;
}

/** The fields of `value` that `codec` does not define, with their paths, in the body's order. */
export const findExtensions = (codec: t.Mixed, value: unknown): FoundExtension[] => {
  const out: FoundExtension[] = [];
  walkContract(codec, value, (steps, child) => {
    out.push({ path: pathText(steps), value: child });
  });
  return out;
};

/** Found extensions as the output lists them, each with the integers beyond 2^53 inside it. */
export const listExtensions = (found: FoundExtension[], numbers: readonly PreciseNumber[]): ProviderExtension[] =>
  // Found for this body alone, so handed on as they are when there is nothing to add.
  numbers.length === 0
    ? found
    : found.map(({ path, value }) => {
        const extension: ProviderExtension = { path, value };
        const precise = preciseNumbersUnder(path, numbers);
        if (precise.length > 0) extension.preciseNumbers = precise;
        return extension;
      });
