import { excerpt } from '../../contract/contractIssues';
import { decodeErrorBody } from '../../errorBody';
import { listExtensions } from '../../contract/foundExtensions';
import type { CheckedValue } from '../../contract/failureIssues';
import { FailureIssues } from '../../contract/failureIssues';
import type { DecodedParts } from '../../decodeJsonBody';
import { IssueLog } from '../../issueLog';
import type { JsonRecord } from '../../lenientFields';
import { recordOf } from '../../lenientFields';
import type { PreciseNumber } from '../../model';
import { preciseNumberIssue } from '../../preciseNumbers';
import { normalizeResponse, responseErrorOf } from './normalizeResponse';
import { ResponseObject } from './responseCodecs';
import { softenUnknownItems } from './unknownItems';

/** One provider's responses fail alike: see FailureIssues. */
export const responseFailures = new FailureIssues(ResponseObject);

/**
 * A JSON body of the Responses API: an error body (`{error: {message, type, param, code}}`, the
 * shape Chat Completions shares, read by decode/'s errorBody.ts), or a response object checked
 * against the codecs, its failure (`status: "failed"` with `error`) reported as the exchange's error.
 */
export const decodeResponseJson = (value: unknown, preciseNumbers: PreciseNumber[], failed: boolean): DecodedParts => {
  const body = recordOf(value);
  // A failed response has `error` too, but as {code, message} beside `object: "response"`.
  const errorBody = body?.object === 'response' ? undefined : decodeErrorBody(value);
  if (errorBody !== undefined) {
    const log = new IssueLog();
    log.addAll(errorBody.issues).addAll(preciseNumbers.map(preciseNumberIssue));
    return {
      kind: 'error',
      issues: log.issues(),
      completion: null,
      error: errorBody.error,
      stream: null,
      extensions: listExtensions(errorBody.extensions, preciseNumbers),
      preciseNumbers,
    };
  }
  if (body === undefined) {
    const log = new IssueLog();
    log.add({ severity: 'error', path: '', message: 'the body is not a JSON object', expected: 'a response object (object: "response")' });
    log.addAll(preciseNumbers.map(preciseNumberIssue));
    return { kind: failed ? 'error' : 'completion', issues: log.issues(), completion: null, error: null, stream: null, preciseNumbers };
  }
  return responseParts(body, responseFailures.check(body), preciseNumbers, failed);
};

/** A response object's parts, from the walk's findings against ResponseObject (its extensions and contract issues). */
export const responseParts = (body: JsonRecord, checked: CheckedValue, preciseNumbers: PreciseNumber[], failed: boolean): DecodedParts => {
  const log = new IssueLog();
  log.addAll(softenUnknownItems(checked.issues, body));
  const error = responseErrorOf(body) ?? null;
  if (error !== null) log.add({ severity: 'error', path: 'error', message: `the response failed: ${excerpt(error.message, 1_000)}` });
  if (preciseNumbers.length > 0) log.addAll(preciseNumbers.map(preciseNumberIssue));
  return {
    kind: failed ? 'error' : 'completion',
    issues: log.issues(),
    completion: normalizeResponse(body),
    error,
    stream: null,
    extensions: listExtensions(checked.extensions, preciseNumbers),
    preciseNumbers,
  };
};
