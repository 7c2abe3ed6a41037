import { listExtensions } from '../../contract/foundExtensions';
import { FailureIssues } from '../../contract/failureIssues';
import { expectedText } from '../../contract/expectedText';
import type { DecodedParts } from '../../decodeJsonBody';
import { errorIn } from '../../errorBody';
import { IssueLog } from '../../issueLog';
import { recordOf } from '../../lenientFields';
import type { PreciseNumber } from '../../model';
import { preciseNumberIssue } from '../../preciseNumbers';
import { OllamaChatResponse, OllamaErrorBody, OllamaGenerateResponse } from './codecs';
import { readDoneBody } from './doneBody';
import { lineKindOf } from './lineKind';
import { createOllamaReassembler } from './reassemble';

/** Each codec's failures are worked out once per kind (a provider's bodies fail alike): see FailureIssues. */
const checks = {
  chat: new FailureIssues(OllamaChatResponse),
  generate: new FailureIssues(OllamaGenerateResponse),
  error: new FailureIssues(OllamaErrorBody),
};

/**
 * A JSON body (`stream: false`, or an error): one walk alongside its codec for conformance and
 * extensions (the durations, `context`), the answer normalized as a stream of one line. A body
 * with `done: false` is a stream's first line and nothing after it (index.ts decodes that as a
 * stream); it never reaches here.
 */
export const decodeOllamaJson = (value: unknown, preciseNumbers: PreciseNumber[], failed: boolean): DecodedParts => {
  // A body with a huge number is no text body of doneBody.ts's: asked only when there is none.
  const done = preciseNumbers.length === 0 ? readDoneBody(value, failed) : undefined;
  if (done !== undefined) return done;
  const log = new IssueLog();
  const record = recordOf(value);
  if (record === undefined) {
    log.add({ severity: 'error', path: '', message: 'the body is not a JSON object', expected: expectedText(OllamaChatResponse) });
    log.addAll(preciseNumbers.map(preciseNumberIssue));
    return { kind: failed ? 'error' : 'completion', issues: log.issues(), completion: null, error: null, stream: null, preciseNumbers };
  }
  const kind = lineKindOf(record);
  const { extensions, issues } = checks[kind].check(record);
  log.addAll(issues).addAll(preciseNumbers.map(preciseNumberIssue));
  const listed = listExtensions(extensions, preciseNumbers);
  if (kind === 'error') {
    // errorIn reads an error object as well, should a proxy in front of Ollama send one.
    const error = errorIn(record) ?? { message: JSON.stringify(record.error) };
    return { kind: 'error', issues: log.issues(), completion: null, error, stream: null, extensions: listed, preciseNumbers };
  }
  const reassembler = createOllamaReassembler();
  reassembler.add(record);
  return {
    kind: failed ? 'error' : 'completion',
    issues: log.issues(),
    completion: reassembler.result(),
    error: null,
    stream: null,
    extensions: listed,
    preciseNumbers,
  };
};
