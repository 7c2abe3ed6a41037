import * as t from 'io-ts';
import { recordAt } from '../../lenientFields';
import type { PresentBody } from '../wireFormat';

/**
 * A lone body file that is google.rpc.Status as the Gemini API sends it: `{error: {code: 400,
 * message, status: "INVALID_ARGUMENT"}}`. Every Google API answers errors so, which is why
 * claimsByBody leaves it to the URL in traffic; a file handed to llm-inspect is an LLM body, and no
 * other format's error has a numeric code beside a textual status.
 */
export const claimsLoneGeminiBody = (body: PresentBody): boolean => {
  if (body.kind !== 'json') return false;
  const error = recordAt(t.UnknownRecord.is(body.value) ? body.value : undefined, 'error');
  return error !== undefined && typeof error.code === 'number' && typeof error.status === 'string' && typeof error.message === 'string';
};
