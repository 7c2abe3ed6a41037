import { listExtensions } from '../../contract/foundExtensions';
import { expectedText } from '../../contract/expectedText';
import { FailureIssues } from '../../contract/failureIssues';
import type { DecodedParts } from '../../decodeJsonBody';
import { IssueLog } from '../../issueLog';
import { recordOf } from '../../lenientFields';
import type { PreciseNumber } from '../../model';
import { preciseNumberIssue } from '../../preciseNumbers';
import { blockedIssue } from './blocked';
import { GenerateContentResponse } from './codecs';
import { decodeGeminiError } from './geminiError';
import { ResponseFold } from './reassemble';

/** One service's responses fail alike: see FailureIssues. */
const responseFailures = new FailureIssues(GenerateContentResponse);

/** generateContent's body: a response checked against GenerateContentResponse, or an error body. */
export const decodeResponse = (value: unknown, preciseNumbers: PreciseNumber[], failed: boolean): DecodedParts => {
  const log = new IssueLog();
  const failure = decodeGeminiError(value);
  if (failure !== undefined) {
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
  }
  const body = recordOf(value);
  if (body === undefined) {
    log.add({ severity: 'error', path: '', message: 'the body is not a JSON object', expected: expectedText(GenerateContentResponse) });
    return { kind: failed ? 'error' : 'completion', issues: log.issues(), completion: null, error: null, stream: null };
  }
  const { extensions, issues } = responseFailures.check(body);
  log.addAll(issues).addAll(preciseNumbers.map(preciseNumberIssue));
  const fold = new ResponseFold();
  fold.add(body);
  if (fold.blocked) log.add(blockedIssue('promptFeedback', fold.blockReason, fold.blockMessage));
  return {
    kind: failed ? 'error' : 'completion',
    issues: log.issues(),
    completion: fold.result(),
    error: null,
    stream: null,
    extensions: listExtensions(extensions, preciseNumbers),
    preciseNumbers,
  };
};
