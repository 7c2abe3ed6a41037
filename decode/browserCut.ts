import type { BodyCut } from './exchange';
import type { ContractIssue, DecodedExchange } from './model';
import type { ParsedBody } from './responseBody';

const count = new Intl.NumberFormat('en-US');

/**
 * The one issue that says who cut the body: the browser, not the provider. A warning, because the
 * part that arrived may well keep the contract; the part that did not cannot be checked.
 */
const RAISE_LIMIT = 'Firefox: raise devtools.netmonitor.responseBodyLimit in about:config (0 = no limit), then reopen DevTools';

const browserCutIssue = (cut: BodyCut): ContractIssue =>
  cut.contentEncoding === undefined
    ? {
        severity: 'warning',
        path: '',
        message: `the browser cut this body at ${count.format(cut.keptBytes)} bytes of ${count.format(cut.totalBytes)}; ${RAISE_LIMIT}`,
        expected: `the whole body (${count.format(cut.totalBytes)} bytes)`,
        actual: `the first ${count.format(cut.keptBytes)} bytes`,
      }
    : {
        severity: 'warning',
        path: '',
        message: `the browser cut this ${cut.contentEncoding} body${cut.totalBytes > 0 ? ` of ${count.format(cut.totalBytes)} bytes compressed` : ''} and handed over the decompressed part it kept, ${count.format(cut.keptBytes)} bytes, then filler, left out here; ${RAISE_LIMIT}`,
        expected: 'the whole body',
        actual: `the first ${count.format(cut.keptBytes)} bytes, decompressed`,
      };

/** The event the cut fell in: a stream's last event when the body stops inside it. */
export const cutEventOf = (parsed: ParsedBody): number | undefined => (parsed.kind === 'sse' ? parsed.sse.unterminated?.index : undefined);

const isWithinEvent = (path: string, index: number): boolean => {
  const event = `events[${index}]`;
  return path === event || path.startsWith(`${event}.`) || path.startsWith(`${event}[`);
};

/**
 * What a cut makes of any body: the whole body unreadable or empty (path ''), a stream without its
 * end (path 'events': no [DONE], no events), the event the cut fell in. Errors anywhere else were
 * in the part that arrived and stay errors.
 */
const causedByCut = (issue: ContractIssue, cutEvent: number | undefined): boolean =>
  issue.path === '' || issue.path === 'events' || (cutEvent !== undefined && isWithinEvent(issue.path, cutEvent));

/**
 * A decoded exchange whose body the browser cut: the cut issue first, and the errors the cut itself
 * causes softened to warnings that say so, so a cut is never reported as the provider's broken
 * response. conforms follows from the issues, as everywhere.
 */
export const withBrowserCut = (decoded: DecodedExchange, cut: BodyCut, cutEvent: number | undefined): DecodedExchange => {
  const issues = [
    browserCutIssue(cut),
    ...decoded.issues.map((issue): ContractIssue =>
      issue.severity === 'error' && causedByCut(issue, cutEvent)
        ? { ...issue, severity: 'warning', message: `after the browser's cut: ${issue.message}` }
        : issue,
    ),
  ];
  return { ...decoded, conforms: issues.every((issue) => issue.severity !== 'error'), issues };
};
