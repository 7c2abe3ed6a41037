import type { CapturedExchange, DecodedExchange } from '../../../../decode/index';

/** What every detail tab is given: the capture as received and its decoding. */
export type DetailTabProps = {
  readonly captured: CapturedExchange;
  readonly decoded: DecodedExchange;
};
