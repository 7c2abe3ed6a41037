import type { DecodedParts } from '../../decodeJsonBody';
import { prototypeHasEnumerableKeys } from '../../enumerableInheritance';
import { recordOf } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { findPreciseNumbers } from '../../preciseNumbers';
import { scannedJsonBody } from '../../responseBody';
import type { FormatDecodeOptions } from '../wireFormat';
import { decodeResponseJson, responseFailures, responseParts } from './decodeJson';
import { plainResponseExtensions } from './plainResponse';

/**
 * A JSON body parsed without parseJson's scan (WireFormat.decodeUnscannedJson): a response object
 * (`object: "response"`) is read by its own keys where it is the usual one (plainResponse.ts, which
 * checks what the scan would), else walked once against its codec, the walk standing in for the scan
 * (nesting beyond MAX_JSON_DEPTH, numbers beyond 2^53: contract/scanAlongside.ts). Any other body
 * (an error body, read by decode/'s errorBody.ts, or no object) is scanned first and decoded as
 * before. Undefined when the body nests too deeply: the caller decodes it as the text it then is.
 */
export const decodeUnscannedResponseJson = (value: unknown, json: string, options: FormatDecodeOptions): DecodedParts | undefined => {
  const body = recordOf(value);
  if (body?.object === 'response') {
    // The usual response, read by its own keys (plainResponse.ts): no walk, no scan.
    if (!prototypeHasEnumerableKeys()) {
      const extensions = plainResponseExtensions(body);
      if (extensions !== undefined) return responseParts(body, { extensions, issues: [] }, [], options.failed);
    }
    const scan: ValueScan = { tooDeep: false, hugeNumber: false };
    const checked = responseFailures.check(body, scan);
    if (scan.tooDeep) return undefined;
    return responseParts(body, checked, scan.hugeNumber ? findPreciseNumbers(json) : [], options.failed);
  }
  const scanned = scannedJsonBody(value, json);
  return scanned === undefined ? undefined : decodeResponseJson(scanned.value, scanned.preciseNumbers, options.failed);
};
