import { excerpt } from '../../contract/contractIssues';
import type { DecodedParts } from '../../decodeJsonBody';
import { IssueLog } from '../../issueLog';
import type { JsonRecord } from '../../lenientFields';
import { recordOf, stringAt } from '../../lenientFields';
import type { ExchangeError, PreciseNumber, StreamEvent, StreamFacts } from '../../model';
import type { ValueScan } from '../../parseJson';
import { depthFailure, MAX_JSON_DEPTH, scanInto } from '../../parseJson';
import type { ParsedData } from '../../dataPayload';
import { parseData } from '../../dataPayload';
import { prototypeHasEnumerableKeys } from '../../enumerableInheritance';
import { findPreciseNumbers, preciseNumberIssue } from '../../preciseNumbers';
import { pathWithin } from '../../issuePath';
import type { ParsedSse } from '../../sse';
import { isDataPartType } from './codecs';
import { PartKinds } from './partKinds';
import type { PlainPart } from './plainPart';
import { emptyPlainPart, readPlainPart } from './plainPart';
import type { WalkedPart } from './partChecks';
import { PartChecks } from './partChecks';
import { UiMessageAssembler } from './reassemble';
import { namedEvent } from '../namedEvent';
import { eventPath, unreadableEventIssue } from '../../streamEventIssues';

/**
 * A UI message stream (`toUIMessageStreamResponse()`): data-only SSE, one `{"type": …}` part per
 * event, ending `finish` then `data: [DONE]`. Each part is checked against its type's codec, read
 * into the one assistant message, and listed for the Timing tab under its type. Issues are worded
 * as for Chat Completions streams (decodeStream.ts) where the situation is the same.
 */

/** How much of an error part an issue quotes (the error keeps it all). */
const QUOTED = 1_000;

/** A stream repeating a huge number in every part must not grow a list as long as itself. */
const MAX_PRECISE_NUMBERS = 1_000;

const isDoneMarker = (data: string): boolean => data === '[DONE]' || (data.length < 16 && data.trim() === '[DONE]');

/** What a readable event of this stream is, for an issue about one that is not. */
const EVENT_EXPECTED = 'a JSON part or [DONE]';

/** The event as the Timing tab lists it: named by its part's type when the SSE gave no name. */
const listedEvent = (event: StreamEvent, type: string | undefined): StreamEvent =>
  type === undefined || event.event !== undefined ? event : namedEvent(event, type);

export const decodeUiStream = (sse: ParsedSse, keepEvents: boolean, failed: boolean): DecodedParts => {
  const context: PartContext = {
    log: new IssueLog(),
    checks: new PartChecks(),
    assembler: new UiMessageAssembler(),
    preciseNumbers: [],
    scan: { tooDeep: false, hugeNumber: false },
    parsed: { value: undefined },
    part: undefined,
    kinds: new PartKinds(),
    plainParts: !prototypeHasEnumerableKeys(),
    plain: emptyPlainPart(),
  };
  const { log, checks, assembler, preciseNumbers } = context;
  const eventList: StreamEvent[] = [];
  let error: ExchangeError | null = null;
  let finishedAt: number | undefined;
  let doneAt: number | undefined;
  let aborted = false;
  let eventsAfterEnd = 0;

  for (const event of sse.events) {
    let type: string | undefined;
    if (doneAt !== undefined) eventsAfterEnd += 1;
    if (isDoneMarker(event.data)) {
      doneAt ??= event.index;
    } else {
      type = readPart(event, context);
      if (type === 'finish') finishedAt ??= event.index;
      else if (type === 'abort') aborted = true;
      // An error part: HTTP 200 and all, the SDK's only word that the answer failed (masked by default).
      else if (type === 'error') error ??= { message: stringAt(context.part, 'errorText') ?? event.data };
    }
    if (keepEvents) eventList.push(listedEvent(event, type));
  }

  const ended = finishedAt !== undefined && doneAt !== undefined && doneAt > finishedAt;
  if (sse.events.length === 0) {
    log.add({ severity: 'error', path: 'events', message: 'the stream carries no events', expected: 'data: events' });
  } else if (!ended && error === null && !aborted) {
    log.add(
      finishedAt === undefined
        ? {
            severity: 'error',
            path: 'events',
            message: 'the stream ended without its finish part (cut or truncated)',
            expected: 'data: {"type":"finish"} then data: [DONE]',
            actual: 'end of body',
          }
        : {
            severity: 'error',
            path: 'events',
            message: 'the stream ended without [DONE] (cut or truncated)',
            expected: 'data: [DONE]',
            actual: 'end of body',
          },
    );
  }
  if (eventsAfterEnd > 0)
    log.add({ severity: 'warning', path: 'events', message: `${eventsAfterEnd} event(s) after the end of the stream` });
  framingIssues(sse, log);

  const facts: StreamFacts = { events: sse.events.length, done: ended && error === null && !aborted, comments: sse.comments };
  if (keepEvents) facts.eventList = eventList;
  const completion = assembler.result();
  return {
    kind: failed ? 'error' : 'stream',
    issues: log.issues(),
    completion,
    error,
    stream: facts,
    extensions: checks.extensions(),
    preciseNumbers,
  };
};

/** What each part's walk fills, in place of parseJson's own scan; cleared before each part. */
interface PartContext {
  readonly log: IssueLog;
  readonly checks: PartChecks;
  readonly assembler: UiMessageAssembler;
  readonly preciseNumbers: PreciseNumber[];
  readonly scan: ValueScan;
  /** Where each part's JSON is parsed: one holder per stream, not parseJson's two objects per part. */
  readonly parsed: ParsedData;
  /** The part just read, when it had a type (readPart): no object per part to hand it back in. */
  part: JsonRecord | undefined;
  readonly kinds: PartKinds;
  /** Whether plain parts may be read by their own keys (readPlainPart): asked once per stream. */
  readonly plainParts: boolean;
  /** Where readPlainPart puts a plain part's fields for the assembler. */
  readonly plain: PlainPart;
}

/** What the walk finds in a plain part (readPlainPart): it conforms and has no extension. */
const NOTHING_FOUND: WalkedPart = { extensions: [], issues: [] };

/** Ready for the next part's walk: one scan serves every part of a stream. */
const clearScan = (scan: ValueScan): void => {
  scan.tooDeep = false;
  scan.hugeNumber = false;
};

/**
 * Reads one part: checked, added to the message; returns its type when it has one, and leaves the
 * part in `context.part` (undefined otherwise). The
 * part is parsed without parseJson's scan and walked once, alongside its codec: the walk answers
 * the scan's questions (nesting, numbers beyond 2^53) on the way (contract/scanAlongside.ts).
 */
const readPart = (event: StreamEvent, context: PartContext): string | undefined => {
  const { log, checks, scan } = context;
  context.part = undefined;
  const failure = parseData(event.data, context.parsed);
  if (failure !== undefined) {
    log.add(unreadableEventIssue(eventPath(event.index), failure, EVENT_EXPECTED));
    return undefined;
  }
  const value = context.parsed.value;
  const part = recordOf(value);
  const type = stringAt(part, 'type');
  const kind = type === undefined ? undefined : context.kinds.of(type);
  clearScan(scan);
  let walked: WalkedPart | undefined;
  let plain = false;
  if (part !== undefined && kind !== undefined) {
    const plainFields = context.plainParts ? kind.plainFields : undefined;
    plain = plainFields !== undefined && readPlainPart(part, plainFields, scan, context.plain);
    walked = plain ? NOTHING_FOUND : checks.walk(kind.codec, part, scan);
  } else scanInto(value, MAX_JSON_DEPTH, scan, prototypeHasEnumerableKeys());
  if (scan.tooDeep) {
    log.add(unreadableEventIssue(eventPath(event.index), depthFailure(MAX_JSON_DEPTH), EVENT_EXPECTED));
    return undefined;
  }
  // The part's path is built only where something is reported.
  if (scan.hugeNumber) {
    const at = eventPath(event.index);
    for (const number of findPreciseNumbers(event.data)) {
      const placed = { path: pathWithin(at, number.path), digits: number.digits };
      log.add(preciseNumberIssue(placed));
      if (context.preciseNumbers.length < MAX_PRECISE_NUMBERS) context.preciseNumbers.push(placed);
    }
  }
  if (part === undefined || type === undefined) {
    const at = eventPath(event.index);
    log.add({
      severity: 'error',
      path: part === undefined ? at : `${at}.type`,
      message: part === undefined ? 'event data is not a JSON object' : 'the part has no type',
      expected: 'a UI message stream part {"type": …}',
    });
    return undefined;
  }
  if (walked === undefined) {
    log.add({
      severity: 'warning',
      path: `${eventPath(event.index)}.type`,
      message: `a part type the AI SDK does not define: ${JSON.stringify(excerpt(type, 80))}`,
    });
    context.part = part;
    return type;
  }
  // A plain part conforms, holds no extension and is none reportPart speaks of: the message is all it adds to.
  if (plain) context.assembler.addPlain(type, context.plain);
  else {
    checks.report(walked, event.index, log);
    context.assembler.add(type, part);
    reportPart(type, part, event.index, log, checks);
  }
  context.part = part;
  return type;
};

/** What a part says beyond the message: errors, failed tools, an abort, an app's data. */
const reportPart = (type: string, part: JsonRecord, index: number, log: IssueLog, checks: PartChecks): void => {
  if (type === 'error') {
    const text = stringAt(part, 'errorText') ?? '';
    log.add({ severity: 'error', path: eventPath(index), message: `the stream reported an error: ${excerpt(text, QUOTED)}` });
  } else if (type === 'tool-input-error' || type === 'tool-output-error') {
    const what = type === 'tool-input-error' ? 'input' : 'run';
    const text = excerpt(stringAt(part, 'errorText') ?? '', QUOTED);
    log.add({
      severity: 'warning',
      path: eventPath(index),
      message: `the tool call ${stringAt(part, 'toolCallId') ?? ''} failed (${what}): ${text}`,
    });
  } else if (type === 'abort') {
    const reason = stringAt(part, 'reason');
    log.add({
      severity: 'warning',
      path: eventPath(index),
      message: reason === undefined ? 'the stream was aborted' : `the stream was aborted: ${excerpt(reason, QUOTED)}`,
    });
  } else if (type === 'file') {
    checks.note('file', part);
  } else if (isDataPartType(type)) {
    checks.note(type, part.data);
  }
};

const framingIssues = (sse: ParsedSse, log: IssueLog): void => {
  // A body ending in `data: [DONE]` without the blank line is read as done by every SDK.
  if (sse.unterminated !== undefined && !isDoneMarker(sse.unterminated.data)) {
    log.add({
      severity: 'warning',
      path: `events[${sse.unterminated.index}]`,
      message: 'the body stops inside this event: no blank line after it (the HTML rules drop such an event)',
    });
  }
  const strayLine = sse.invalidLines[0];
  if (strayLine !== undefined) {
    log.add({
      severity: 'warning',
      path: 'events',
      message: `lines that are not SSE fields, such as ${JSON.stringify(excerpt(strayLine, QUOTED))}`,
    });
  }
};
