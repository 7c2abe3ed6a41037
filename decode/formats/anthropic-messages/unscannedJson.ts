import type { DecodedParts } from '../../decodeJsonBody';
import { prototypeHasEnumerableKeys } from '../../enumerableInheritance';
import { recordOf } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { findPreciseNumbers } from '../../preciseNumbers';
import { scannedJsonBody } from '../../responseBody';
import type { FormatDecodeOptions } from '../wireFormat';
import { decodeAnthropicJson, errorBodyParts, errorFailures, hasMessageField, messageFailures, messageParts } from './decodeJson';
import { isErrorBody } from './errorOf';
import { isPlainErrorBody } from './plainErrorBody';
import { plainMessageExtensions } from './plainMessage';

/**
 * A JSON body parsed without parseJson's scan (WireFormat.decodeUnscannedJson): a message or an
 * error body is walked once against its codec, the walk standing in for the scan (nesting beyond
 * MAX_JSON_DEPTH, numbers beyond 2^53: contract/scanAlongside.ts). Error bodies are checked this way
 * too: a third of the recorded bodies are small errors, where a second pass is a large share. Any
 * other body (no object, no message field) is scanned first and decoded as before. Undefined when
 * the walk finds the body nested too deeply: the caller decodes it as the text it then is.
 */
export const decodeUnscannedAnthropicJson = (value: unknown, json: string, options: FormatDecodeOptions): DecodedParts | undefined => {
  const body = recordOf(value);
  if (body !== undefined) {
    const error = isErrorBody(body);
    // The usual body, read by its own keys (plainMessage.ts): no walk, no scan.
    if (!prototypeHasEnumerableKeys()) {
      if (error && isPlainErrorBody(body)) return errorBodyParts(body, { extensions: [], issues: [] }, []);
      const extensions = error ? undefined : plainMessageExtensions(body);
      if (extensions !== undefined) return messageParts(body, { extensions, issues: [] }, [], options.failed);
    }
    if (error || hasMessageField(body)) {
      const scan: ValueScan = { tooDeep: false, hugeNumber: false };
      const checked = (error ? errorFailures : messageFailures).check(body, scan);
      if (scan.tooDeep) return undefined;
      const preciseNumbers = scan.hugeNumber ? findPreciseNumbers(json) : [];
      return error ? errorBodyParts(body, checked, preciseNumbers) : messageParts(body, checked, preciseNumbers, options.failed);
    }
  }
  const scanned = scannedJsonBody(value, json);
  return scanned === undefined ? undefined : decodeAnthropicJson(scanned.value, scanned.preciseNumbers, options.failed);
};
