import { FinishReason, ServiceTier } from './contract';
import type { OnExtension } from './contract/walkContract';
import { prototypeHasEnumerableKeys } from './enumerableInheritance';
import type { JsonRecord } from './lenientFields';
import type { ValueScan } from './parseJson';
import { isPlainMessage } from './plainMessage';
import type { PlainWalk } from './plainDeltaWalk';
import { isNullableString, isPlainInt, isPlainOpaque, plainExtension, startPlainWalk } from './plainDeltaWalk';
import { isPlainUsage } from './plainUsage';
import { isJsonObject } from './lenientFields';

/**
 * Almost every Chat Completions JSON body is plain: `id`, `object: "chat.completion"`, `created`,
 * `model`, maybe `system_fingerprint`, `service_tier`, `usage` of counts, and choices of `index`,
 * a message of role, text, reasoning text and function tool calls, `finish_reason` and
 * `logprobs: null`; besides them any provider's extensions (Groq's `x_groq`, OpenRouter's
 * `provider`). Of such a body the contract walk finds that it conforms and what its extensions are,
 * visiting each field through the codec's shape (~17% of a body's decode, --cpu-prof); going once
 * through its own keys against the fields named here (plainMessage.ts and plainUsage.ts below)
 * tells the same for a fraction of that, as plainChunk.ts does for a stream's chunks.
 * Anything else (logprobs, content parts, audio, a value of another type, a missing
 * required field) makes the reader give up and the walk decide (`plainCompletion.test.ts` holds
 * the two to the same answers). Reads keys with for...in: made only while Object.prototype has no
 * enumerable property (enumerableInheritance.ts), as the walk itself then does.
 */

/** The five fields t.type requires of a completion, each a bit; the three of a choice. */
const ID = 1;
const OBJECT = 2;
const CREATED = 4;
const MODEL = 8;
const CHOICES = 16;
const COMPLETION_REQUIRED = ID | OBJECT | CREATED | MODEL | CHOICES;
const INDEX = 1;
const MESSAGE = 2;
const FINISH = 4;
const CHOICE_REQUIRED = INDEX | MESSAGE | FINISH;

const isPlainChoice = (walk: PlainWalk, choice: JsonRecord): boolean => {
  let required = 0;
  for (const key in choice) {
    const value = choice[key];
    switch (key) {
      case 'index':
        if (!isPlainInt(walk, value)) return false;
        required |= INDEX;
        break;
      case 'message':
        if (!isJsonObject(value)) return false;
        walk.steps.push(key);
        if (!isPlainMessage(walk, value)) return false;
        walk.steps.pop();
        required |= MESSAGE;
        break;
      case 'finish_reason':
        if (!FinishReason.is(value)) return false;
        required |= FINISH;
        break;
      case 'logprobs':
        if (value !== null) return false;
        break;
      default:
        plainExtension(walk, key, value);
    }
  }
  return required === CHOICE_REQUIRED;
};

const arePlainChoices = (walk: PlainWalk, choices: unknown): boolean => {
  if (!Array.isArray(choices)) return false;
  const items: readonly unknown[] = choices;
  walk.steps.push('choices');
  for (let index = 0; index < items.length; index += 1) {
    const choice = items[index];
    if (!isJsonObject(choice)) return false;
    walk.steps.push(index);
    if (!isPlainChoice(walk, choice)) return false;
    walk.steps.pop();
  }
  walk.steps.pop();
  return true;
};

const isPlainCompletion = (walk: PlainWalk, body: JsonRecord): boolean => {
  let required = 0;
  for (const key in body) {
    const value = body[key];
    switch (key) {
      case 'id':
        if (typeof value !== 'string') return false;
        required |= ID;
        break;
      case 'object':
        if (value !== 'chat.completion') return false;
        required |= OBJECT;
        break;
      case 'created':
        if (!isPlainInt(walk, value)) return false;
        required |= CREATED;
        break;
      case 'model':
        if (typeof value !== 'string') return false;
        required |= MODEL;
        break;
      case 'choices':
        if (!arePlainChoices(walk, value)) return false;
        required |= CHOICES;
        break;
      case 'usage':
        if (!isPlainUsage(walk, value)) return false;
        break;
      case 'system_fingerprint':
        if (!isNullableString(value)) return false;
        break;
      case 'service_tier':
        if (value !== null && !ServiceTier.is(value)) return false;
        break;
      case 'moderation':
        // Moderation is t.UnknownRecord: the walk scans its value and reports nothing in it.
        if (value !== null && !isPlainOpaque(walk, key, value)) return false;
        break;
      default:
        plainExtension(walk, key, value);
    }
  }
  return required === COMPLETION_REQUIRED;
};

const NOWHERE: OnExtension = () => undefined;

/** One walk state for every body: a body is decoded at a time, and a state per body is garbage. */
const shared: PlainWalk = { steps: [], seen: { tooDeep: false, hugeNumber: false }, found: NOWHERE };

/**
 * Walks a completion body as walkContract(ChatCompletionResponse, …) would when the body is plain:
 * hands each extension to `found` in the body's order, notes into `scan` what the walk's scan
 * would find, and returns true. Returns false for a body it does not tell (and always while
 * Object.prototype has an enumerable property: the walk then asks io-ts, which reads inherited
 * fields), with `scan` untouched; it may have handed some extensions to `found` by then, which the
 * caller drops (the walk reports them again).
 */
export const walkPlainCompletion = (body: JsonRecord, found: OnExtension, scan: ValueScan): boolean => {
  if (prototypeHasEnumerableKeys()) return false;
  startPlainWalk(shared, found);
  const plain = isPlainCompletion(shared, body);
  shared.found = NOWHERE;
  if (!plain) return false;
  if (shared.seen.tooDeep) scan.tooDeep = true;
  if (shared.seen.hugeNumber) scan.hugeNumber = true;
  return true;
};
