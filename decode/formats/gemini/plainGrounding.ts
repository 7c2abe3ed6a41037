import { allPlain, isSafeNumber } from './plainJson';
import { isJsonObject } from '../../lenientFields';

/**
 * A candidate's grounding as Google Search and the URL context tool report it, told plain from its
 * own keys (plainCandidate.ts uses it): `groundingMetadata` of `webSearchQueries`,
 * `searchEntryPoint`, `groundingChunks[].web` and `groundingSupports[]`; `urlContextMetadata` of
 * `urlMetadata[]`. Each field of its codec's type (codecs.ts), every number in the safe range, no
 * key the codec does not define: the walk would find it conforms with no extension and no huge
 * number. Anything else (retrievedContext, maps, retrievalMetadata, ...) is left to the walk.
 */

const isString = (value: unknown): boolean => typeof value === 'string';

/** Whether `value` is an object whose every key `isPlainField` takes with its value. */
const allFields = (value: unknown, isPlainField: (key: string, field: unknown) => boolean): boolean => {
  if (!isJsonObject(value)) return false;
  for (const key in value) if (!isPlainField(key, value[key])) return false;
  return true;
};

const isWebField = (key: string, field: unknown): boolean => (key === 'uri' || key === 'title' || key === 'domain') && isString(field);

const isChunkField = (key: string, field: unknown): boolean => key === 'web' && allFields(field, isWebField);

const isSegmentField = (key: string, field: unknown): boolean =>
  key === 'text' ? isString(field) : (key === 'partIndex' || key === 'startIndex' || key === 'endIndex') && isSafeNumber(field);

const isPlainChunk = (chunk: unknown): boolean => allFields(chunk, isChunkField);

const isSupportField = (key: string, field: unknown): boolean => {
  if (key === 'segment') return allFields(field, isSegmentField);
  return (key === 'groundingChunkIndices' || key === 'confidenceScores') && allPlain(field, isSafeNumber);
};

const isPlainSupport = (support: unknown): boolean => allFields(support, isSupportField);

const isEntryPointField = (key: string, field: unknown): boolean => (key === 'renderedContent' || key === 'sdkBlob') && isString(field);

const isGroundingField = (key: string, field: unknown): boolean => {
  switch (key) {
    case 'webSearchQueries':
      return allPlain(field, isString);
    case 'searchEntryPoint':
      return allFields(field, isEntryPointField);
    case 'groundingChunks':
      return allPlain(field, isPlainChunk);
    case 'groundingSupports':
      return allPlain(field, isPlainSupport);
    default:
      return false;
  }
};

/** `groundingMetadata` (an empty one too: a grounded stream's early chunks send `{}`). */
export const isPlainGrounding = (grounding: unknown): boolean => allFields(grounding, isGroundingField);

const isUrlField = (key: string, field: unknown): boolean => (key === 'retrievedUrl' || key === 'urlRetrievalStatus') && isString(field);

const isPlainUrl = (url: unknown): boolean => allFields(url, isUrlField);

const isUrlContextField = (key: string, field: unknown): boolean => key === 'urlMetadata' && allPlain(field, isPlainUrl);

/** `urlContextMetadata`. */
export const isPlainUrlContext = (urlContext: unknown): boolean => allFields(urlContext, isUrlContextField);
