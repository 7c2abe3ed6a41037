import type { CapturedExchange } from '../../../../decode/exchange';
import type { DecodedExchange } from '../../../../decode/model';

/** What every detail tab is given: the capture as received and its decoding. */
export type DetailTabProps = {
  readonly captured: CapturedExchange;
  readonly decoded: DecodedExchange;
};
