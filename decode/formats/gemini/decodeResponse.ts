import { listExtensions } from '../../contract/foundExtensions';
import { expectedText } from '../../contract/expectedText';
import type { CheckedValue } from '../../contract/failureIssues';
import { FailureIssues } from '../../contract/failureIssues';
import type { DecodedParts } from '../../decodeJsonBody';
import { IssueLog } from '../../issueLog';
import type { JsonRecord } from '../../lenientFields';
import { recordOf } from '../../lenientFields';
import type { PreciseNumber } from '../../model';
import type { ValueScan } from '../../parseJson';
import { findPreciseNumbers, preciseNumberIssue } from '../../preciseNumbers';
import { blockedIssue } from './blocked';
import { GenerateContentResponse } from './codecs';
import type { DecodedGeminiError } from './geminiError';
import { decodeGeminiError } from './geminiError';
import { isPlainResponse, plainExtensions } from './plainResponse';
import { ResponseFold } from './reassemble';

/** One service's responses fail alike: see FailureIssues. */
const responseFailures = new FailureIssues(GenerateContentResponse);

/** generateContent's body: a response checked against GenerateContentResponse, or an error body. */
export const decodeResponse = (value: unknown, preciseNumbers: PreciseNumber[], failed: boolean): DecodedParts => {
  const failure = decodeGeminiError(value);
  if (failure !== undefined) return errorParts(failure, preciseNumbers);
  const log = new IssueLog();
  const body = recordOf(value);
  if (body === undefined) {
    log.add({ severity: 'error', path: '', message: 'the body is not a JSON object', expected: expectedText(GenerateContentResponse) });
    return { kind: failed ? 'error' : 'completion', issues: log.issues(), completion: null, error: null, stream: null };
  }
  const checked = isPlainResponse(body) ? { extensions: plainExtensions(body), issues: [] } : responseFailures.check(body);
  return responseParts(body, checked, preciseNumbers, failed);
};

/** An error body's parts: its error, its contract issues and its huge numbers. */
const errorParts = (failure: DecodedGeminiError, preciseNumbers: PreciseNumber[]): DecodedParts => {
  const log = new IssueLog();
  log.addAll(failure.issues).addAll(preciseNumbers.map(preciseNumberIssue));
  return {
    kind: 'error',
    issues: log.issues(),
    completion: null,
    error: failure.error,
    stream: null,
    extensions: listExtensions(failure.extensions, preciseNumbers),
    preciseNumbers,
  };
};

/**
 * decodeResponse of an error body (geminiErrorIn finds its error) that JSON.parse gave without
 * parseJson's scan: walked once, its walk standing in for the scan, as decodeUnscannedResponse's
 * responses are. Undefined when it nests too deeply: the caller decodes it as the text it then is.
 */
export const decodeUnscannedError = (body: JsonRecord, json: string): DecodedParts | undefined => {
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const failure = decodeGeminiError(body, scan);
  if (failure === undefined || scan.tooDeep) return undefined;
  return errorParts(failure, scan.hugeNumber ? findPreciseNumbers(json) : []);
};

/** A response's parts, from its walk's findings (its extensions and contract issues). */
const responseParts = (body: JsonRecord, checked: CheckedValue, preciseNumbers: PreciseNumber[], failed: boolean): DecodedParts => {
  const log = new IssueLog();
  log.addAll(checked.issues);
  // Most bodies have no huge number: no mapped array for them.
  if (preciseNumbers.length > 0) log.addAll(preciseNumbers.map(preciseNumberIssue));
  const fold = new ResponseFold();
  fold.add(body);
  if (fold.blocked) log.add(blockedIssue('promptFeedback', fold.blockReason, fold.blockMessage));
  return {
    kind: failed ? 'error' : 'completion',
    issues: log.issues(),
    completion: fold.result(),
    error: null,
    stream: null,
    extensions: listExtensions(checked.extensions, preciseNumbers),
    preciseNumbers,
  };
};

/**
 * decodeResponse of a response object (no error body) that JSON.parse gave without parseJson's
 * scan: its walk alongside the contract also answers the scan's questions (nesting beyond
 * MAX_JSON_DEPTH, numbers beyond 2^53: contract/scanAlongside.ts), so it is walked once.
 * Undefined when it nests too deeply: the caller decodes it as the text it then is.
 */
export const decodeUnscannedResponse = (body: JsonRecord, json: string, failed: boolean): DecodedParts | undefined => {
  // What the walk would find of a plain response (plainResponse.ts): no issue, no huge number, its finishMessages.
  if (isPlainResponse(body)) return responseParts(body, { extensions: plainExtensions(body), issues: [] }, [], failed);
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  const checked = responseFailures.check(body, scan);
  if (scan.tooDeep) return undefined;
  return responseParts(body, checked, scan.hugeNumber ? findPreciseNumbers(json) : [], failed);
};
