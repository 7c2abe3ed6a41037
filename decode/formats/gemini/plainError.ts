import { prototypeHasEnumerableKeys } from '../../enumerableInheritance';
import { isJsonObject } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { scanInto } from '../../parseJson';
import { allPlain, isSafeNumber } from './plainJson';

/**
 * An error body as Google sends it (`{"error": {code, message, status, details[]}}`, as the
 * GeminiErrorResponse codec defines it) told conforming from its own keys: `error` the one key,
 * `code` a number in the safe range, `message` and `status` strings (all three present), `details`
 * objects holding no huge number and nothing nested more than DETAIL_LEVELS deep. The contract walk
 * would find that it conforms with no extension, no huge number and no nesting near MAX_JSON_DEPTH:
 * going once through its keys answers that without the walk (which was most of an error body's
 * decode). Anything else (another key, a missing or mistyped field, a deeper detail) is left to the
 * walk, as is every body while Object.prototype has an enumerable property (enumerableInheritance.ts).
 */

/** How deep a detail may nest for the reader (google.rpc details nest two or three levels); deeper ones go to the walk. */
const DETAIL_LEVELS = 8;

/** One scan for every detail (a body is decoded at a time), emptied before each. */
const detailScan: ValueScan = { tooDeep: false, hugeNumber: false };

const emptiedDetailScan = (): ValueScan => {
  detailScan.tooDeep = false;
  detailScan.hugeNumber = false;
  return detailScan;
};

/** A google.rpc detail the codec takes whole (t.UnknownRecord): an object in which the scan finds nothing. */
const isPlainDetail = (detail: unknown): boolean => {
  if (!isJsonObject(detail)) return false;
  const scan = emptiedDetailScan();
  scanInto(detail, DETAIL_LEVELS, scan, false);
  return !scan.tooDeep && !scan.hugeNumber;
};

/** Bits of the three fields GeminiError requires. */
const CODE = 1;
const MESSAGE = 2;
const STATUS = 4;
const REQUIRED = CODE | MESSAGE | STATUS;

const isPlainStatus = (error: unknown): boolean => {
  if (!isJsonObject(error)) return false;
  let required = 0;
  for (const key in error) {
    const field = error[key];
    switch (key) {
      case 'code':
        if (!isSafeNumber(field)) return false;
        required |= CODE;
        break;
      case 'message':
        if (typeof field !== 'string') return false;
        required |= MESSAGE;
        break;
      case 'status':
        if (typeof field !== 'string') return false;
        required |= STATUS;
        break;
      case 'details':
        if (!allPlain(field, isPlainDetail)) return false;
        break;
      default:
        return false;
    }
  }
  return required === REQUIRED;
};

/** Whether `body` is a plain error body (see above). */
export const isPlainErrorBody = (body: unknown): boolean => {
  if (!isJsonObject(body) || prototypeHasEnumerableKeys()) return false;
  let found = false;
  for (const key in body) {
    if (key !== 'error' || !isPlainStatus(body[key])) return false;
    found = true;
  }
  return found;
};
