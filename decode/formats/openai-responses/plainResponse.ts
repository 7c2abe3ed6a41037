import type { FoundExtension } from '../../contract/foundExtensions';
import { pathText } from '../../contract/walkPath';
import type { JsonRecord } from '../../lenientFields';
import type { Field } from './plainCodecCheck';
import { fieldsOf, isClean } from './plainCodecCheck';
import { ResponseObject } from './responseCodecs';

/**
 * The usual response object told from its own keys instead of walked against ResponseObject: every
 * field the codec defines holds a value of its type, every object inside (an item, a content part,
 * an annotation, usage and its details) has only its codec's fields with every required one, every
 * number is within ±2^53 and nothing nests beyond MAX_JSON_DEPTH; only the response itself may have
 * fields the codec does not define (OpenAI's `billing`). Of such a body the contract walk
 * (contract/walkContract.ts, with parseJson's scan alongside) finds that it conforms, with exactly
 * those extensions: the walk and the scan were a sixth of a JSON body's decode. Anything else (an
 * unknown item type, a key the codec does not define inside an item, a null where a string goes)
 * goes the walk's way. The reading is made from the codecs once, at load (plainCodecCheck.ts).
 * Callers ask only while Object.prototype has no enumerable property (for...in would list it:
 * enumerableInheritance.ts), as the walk does.
 */

/** Undefined only if ResponseObject were no object codec: then no body is plain (an empty table would call every field an extension). */
const RESPONSE_FIELDS: ReadonlyMap<string, Field> | undefined = fieldsOf(ResponseObject);
const REQUIRED_COUNT = [...(RESPONSE_FIELDS?.values() ?? [])].filter((field) => field.required).length;

/**
 * The response's extensions (its own keys ResponseObject does not define, in the body's order, as
 * the walk reports them) when the body is a plain response (see above), else undefined.
 */
export const plainResponseExtensions = (body: JsonRecord): FoundExtension[] | undefined => {
  if (RESPONSE_FIELDS === undefined) return undefined;
  let required = 0;
  let extensions: FoundExtension[] | undefined;
  for (const key in body) {
    const value = body[key];
    const field = RESPONSE_FIELDS.get(key);
    if (field === undefined) {
      if (!isClean(value, 1)) return undefined;
      (extensions ??= []).push({ path: pathText([key]), value });
    } else {
      if (!field.check(value, 1)) return undefined;
      if (field.required) required += 1;
    }
  }
  return required === REQUIRED_COUNT ? (extensions ?? []) : undefined;
};
