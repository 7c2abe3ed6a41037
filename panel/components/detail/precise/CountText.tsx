import type { PreciseNumber } from '../../../../decode/index';
import { TokenCount } from './TokenCount';
import { preciseDigitsAt } from './preciseDigits';

type Props = {
  readonly value: number | null | undefined;
  /** Where the value sits in a JSON body (`usage.prompt_tokens`); see preciseDigitsAt. */
  readonly path: string;
  readonly precise: readonly PreciseNumber[] | undefined;
  readonly notReported: string;
};

/** A token count ("1,234", "not reported"), or the digits as sent when it is beyond 2^53. */
export function CountText({ value, path, precise, notReported }: Props) {
  return <TokenCount count={value ?? null} digits={preciseDigitsAt(precise, path, value)} notReported={notReported} />;
}
