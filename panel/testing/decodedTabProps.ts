import type { CapturedExchange } from '../../decode/index';
import { decodeExchange } from '../../decode/index';
import type { DetailTabProps } from '../components/detail/tabs/tabProps';

/** What a detail tab receives for one capture, decoded by the real decode/ (tests render tabs on their own). */
export function decodedTabProps(captured: CapturedExchange): DetailTabProps {
  const decoded = decodeExchange(captured);
  if (decoded === null) throw new Error(`${captured.url} is not chat-completion traffic`);
  return { captured, decoded };
}
