import { UsageFields } from '../UsageFields';
import type { DetailTabProps } from './tabProps';

/** Token usage of the response. */
export function UsageTab({ decoded }: DetailTabProps) {
  return <UsageFields usage={decoded.completion?.usage ?? null} />;
}
