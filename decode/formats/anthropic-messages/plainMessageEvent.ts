import type { JsonRecord } from '../../lenientFields';
import { isPlainObject } from './plainBlockDelta';
import { isNullableStopReason, plainMessageExtensions } from './plainMessage';
import { isPlainDeltaUsage } from './plainUsage';

/**
 * The two events that carry the message itself, once each per stream: message_start
 * (`{"type":"message_start","message":{...}}`, the message with no content yet) and message_delta
 * (`{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{...}}`).
 * They were the walk's last regular work in a stream (the framing events and the deltas are read by
 * plainFrameEvent.ts and plainBlockDelta.ts). An event with exactly these own keys, a message
 * plainMessage.ts reads as plain with no extension, a delta of a known stop reason (or null) and an
 * optional stop sequence, and a usage of the counts codecs.ts names, is what the walk
 * (contract/walkContract.ts) finds conforming with no extension, no number beyond 2^53 and no deep
 * nesting; anything else goes the walk's way. Asked only while Object.prototype has no enumerable
 * property (for...in would list it: enumerableInheritance.ts), as the other plain readers are.
 */

/** message_start's message is level 2 of the event's JSON (plainMessage.ts places its limits by it). */
const MESSAGE_LEVEL = 2;

/** `{stop_reason, stop_sequence?}`: a known stop reason or null, a string or null, nothing else. */
const isPlainDelta = (delta: unknown): boolean => {
  if (!isPlainObject(delta)) return false;
  let stopReason = false;
  for (const key in delta) {
    const value = delta[key];
    if (key === 'stop_reason') {
      if (!isNullableStopReason(value)) return false;
      stopReason = true;
    } else if (key !== 'stop_sequence' || (value !== null && typeof value !== 'string')) return false;
  }
  return stopReason;
};

/** A message_start of `type` and a plain message with no extension. */
const isPlainStart = (event: JsonRecord): boolean => {
  let fields = 0;
  for (const key in event) {
    const value = event[key];
    if (key === 'message') {
      if (!isPlainObject(value) || plainMessageExtensions(value, MESSAGE_LEVEL)?.length !== 0) return false;
    } else if (key !== 'type') return false;
    fields += 1;
  }
  return fields === 2;
};

/** A message_delta of `type`, a plain delta and a plain usage. */
const isPlainMessageDelta = (event: JsonRecord): boolean => {
  let fields = 0;
  for (const key in event) {
    const value = event[key];
    if (key === 'delta') {
      if (!isPlainDelta(value)) return false;
    } else if (key === 'usage') {
      if (!isPlainDeltaUsage(value)) return false;
    } else if (key !== 'type') return false;
    fields += 1;
  }
  return fields === 3;
};

/** Whether a message_start or message_delta event is plain (see above): the walk would report nothing of it. */
export const isPlainMessageEvent = (event: JsonRecord): boolean => {
  if (!isPlainObject(event)) return false;
  const type = event.type;
  if (type === 'message_start') return isPlainStart(event);
  if (type === 'message_delta') return isPlainMessageDelta(event);
  return false;
};
