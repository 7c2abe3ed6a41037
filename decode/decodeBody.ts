import * as E from 'fp-ts/Either';
import { ChatCompletionResponse } from './contract';
import { issuesFromErrors } from './contractIssues';
import { IssueLog } from './issueLog';
import { decodeErrorBody } from './errorBody';
import { findExtensions } from './extensions';
import { recordOf } from './lenientFields';
import type { ContractIssue, DecodedExchange, ExchangeError, ProviderExtension } from './model';
import { normalizeCompletion } from './normalizeCompletion';
import { decodeStream } from './decodeStream';
import type { ParsedBody } from './responseBody';
import { parseResponseBody } from './responseBody';
import { usageIssues } from './usageIssues';

export interface BodyMeta {
  readonly url?: string | null;
  readonly status?: number | null;
  readonly mimeType?: string;
}

export interface BodyOptions {
  /** Keep the list of stream events (for a timing view); default true. */
  readonly streamEvents?: boolean;
}

/** A readable line from a non-JSON error page: its <title>, else its first line of text. */
const pageSummary = (text: string): string => {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text.slice(0, 10_000))?.[1]?.trim();
  if (title !== undefined && title !== '') return title;
  const firstLine = text.replace(/<[^>]*>/g, ' ').trim().split(/\r\n|\r|\n/)[0] ?? '';
  return firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine;
};

const httpError = (status: number | null): ExchangeError | null =>
  status !== null && status >= 400 ? { message: `HTTP ${status}` } : null;

/** Completes a decoded exchange; conforms always follows from the issues, never set by hand. */
const assemble = (
  base: Pick<DecodedExchange, 'url' | 'status'>,
  rest: Omit<DecodedExchange, 'url' | 'status' | 'conforms' | 'request' | 'extensions'> & { extensions?: ProviderExtension[] },
): DecodedExchange => {
  const decoded: DecodedExchange = {
    ...base,
    ...rest,
    conforms: rest.issues.every((issue) => issue.severity !== 'error'),
    request: null,
  };
  return decoded;
};

export const decodeParsedBody = (parsed: ParsedBody, meta: BodyMeta = {}, options: BodyOptions = {}): DecodedExchange => {
  const base = { url: meta.url ?? null, status: meta.status ?? null };
  const failed = base.status !== null && base.status >= 400;
  switch (parsed.kind) {
    case 'missing':
    case 'empty': {
      const message = parsed.kind === 'missing' ? `no response body to check: ${parsed.reason}` : 'the response body is empty';
      const issues: ContractIssue[] = [{ severity: 'error', path: '', message }];
      return assemble(base, { kind: failed ? 'error' : 'completion', issues, completion: null, error: httpError(base.status), stream: null });
    }
    case 'text': {
      // An HTML 502 from a proxy is an error page even when no status came with it (a lone file).
      const page = /^\s*</.test(parsed.text);
      const issues: ContractIssue[] = [
        { severity: 'error', path: '', message: 'the body is not JSON', expected: 'JSON', actual: parsed.parseError },
      ];
      const error = failed || page ? { message: pageSummary(parsed.text) || `HTTP ${base.status ?? '?'}` } : null;
      return assemble(base, { kind: error === null ? 'completion' : 'error', issues, completion: null, error, stream: null });
    }
    case 'sse': {
      const stream = decodeStream(parsed.sse, options.streamEvents ?? true);
      const completion = stream.completion;
      const issues = completion === null ? stream.issues : [...stream.issues, ...usageIssues(completion.usage, 'usage')];
      return assemble(base, {
        kind: failed ? 'error' : 'stream',
        issues,
        completion,
        error: stream.error ?? httpError(base.status),
        stream: stream.facts,
        extensions: stream.extensions,
      });
    }
    case 'json': {
      const errorBody = recordOf(parsed.value)?.choices === undefined ? decodeErrorBody(parsed.value) : undefined;
      if (errorBody !== undefined) {
        return assemble(base, {
          kind: 'error',
          issues: errorBody.issues,
          completion: null,
          error: errorBody.error,
          stream: null,
          extensions: errorBody.extensions.map((found) => ({ path: found.path, value: found.value })),
        });
      }
      const body = recordOf(parsed.value);
      if (body === undefined) {
        const issues: ContractIssue[] = [{ severity: 'error', path: '', message: 'the body is not a JSON object', expected: ChatCompletionResponse.name }];
        return assemble(base, { kind: failed ? 'error' : 'completion', issues, completion: null, error: httpError(base.status), stream: null });
      }
      // `is` is much cheaper than `decode` on big bodies; decode only to explain a failure.
      const checked = ChatCompletionResponse.is(body) ? undefined : ChatCompletionResponse.decode(body);
      const contractIssues = checked !== undefined && E.isLeft(checked) ? issuesFromErrors(checked.left) : [];
      const issues = new IssueLog().addAll(contractIssues).addAll(usageIssues(body.usage, 'usage')).issues();
      return assemble(base, {
        kind: failed ? 'error' : 'completion',
        issues,
        completion: normalizeCompletion(body),
        error: httpError(base.status),
        stream: null,
        extensions: findExtensions(ChatCompletionResponse, body).map((found) => ({ path: found.path, value: found.value })),
      });
    }
  }
};

/** The last-resort answer when decoding itself failed: a bug in decode/, never a property of the data. */
export const unexpectedFailure = (meta: BodyMeta, thrown: unknown): DecodedExchange => {
  const status = meta.status ?? null;
  return {
    url: meta.url ?? null,
    status,
    kind: status !== null && status >= 400 ? 'error' : 'completion',
    conforms: false,
    issues: [
      {
        severity: 'error',
        path: '',
        message: `the decoder failed unexpectedly (please report): ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      },
    ],
    completion: null,
    error: null,
    stream: null,
    request: null,
  };
};

/** Decodes a lone response body (a file): JSON or SSE is told apart by content. Never throws. */
export const decodeResponseBody = (body: string, meta: BodyMeta = {}, options: BodyOptions = {}): DecodedExchange => {
  try {
    return decodeParsedBody(parseResponseBody(body, meta.mimeType ?? ''), meta, options);
  } catch (thrown) {
    return unexpectedFailure(meta, thrown);
  }
};
