import * as E from 'fp-ts/Either';
import type { JsonRecord } from '../../lenientFields';
import { arrayOf, numberAt, recordAt, recordOf, stringAt } from '../../lenientFields';
import { parseJsonValue } from '../../parseJson';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { firstArrayElement } from './jsonArrayStream';
import { isPost } from '../httpMethod';

/**
 * Which exchanges are Gemini's. By URL: the method `…/models/{model}:generateContent` or
 * `:streamGenerateContent` of the Gemini API (generativelanguage.googleapis.com/v1beta/models/…),
 * Vertex AI (…/publishers/google/models/…), Firebase AI Logic (firebasevertexai.googleapis.com/…)
 * and any proxy that keeps the path; `:countTokens` and `:embedContent` are other methods. By body:
 * a response object, or a JSON array of them (the stream without `alt=sse`), with the fields only
 * Gemini's responses carry together.
 */

/**
 * The method path, and the model it names (`gemini-2.5-flash` in
 * `…/models/gemini-2.5-flash:generateContent`); `%3A` because some clients percent-encode the colon
 * (it is legal either way).
 */
const GENERATE_PATH = /\/(?:tuned)?models\/([^/]+?)(?::|%3A)(?:stream)?generatecontent$/i;
const STREAM_PATH = /(?::|%3A)streamgeneratecontent$/i;

/** The URL without query or fragment: cheaper than `new URL` and enough for a suffix test. */
const pathOf = (url: string): string => {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
};

const decodedModel = (raw: string): string => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

interface UrlFacts {
  readonly gemini: boolean;
  readonly stream: boolean;
  readonly model: string | undefined;
}

const factsOf = (url: string): UrlFacts => {
  const path = pathOf(url);
  // One match says both whether the path is a generate method and which model it names.
  const raw = GENERATE_PATH.exec(path)?.[1];
  return { gemini: raw !== undefined, stream: STREAM_PATH.test(path), model: raw === undefined ? undefined : decodedModel(raw) };
};

/** How many URLs' facts are remembered; a hostile capture could name millions. */
const MAX_URLS_KEPT = 64;

/**
 * What the URLs asked about say: recognition and the request summary ask the same URL in turn, and
 * a page calls a few endpoints many times, often alternating (generateContent beside
 * streamGenerateContent): the regexes cost as much as a small body's decode, so each URL's facts
 * are worked out once.
 */
const knownFacts = new Map<string, UrlFacts>();

const urlFacts = (url: string): UrlFacts => {
  let facts = knownFacts.get(url);
  if (facts === undefined) {
    facts = factsOf(url);
    if (knownFacts.size >= MAX_URLS_KEPT) knownFacts.clear();
    knownFacts.set(url, facts);
  }
  return facts;
};

export const isGeminiUrl = (url: string): boolean => urlFacts(url).gemini;

/** Whether the URL names the streaming method (SSE with `alt=sse`, a JSON array without). */
export const isStreamUrl = (url: string): boolean => urlFacts(url).stream;

/** The model of the URL's path (`gemini-2.5-flash` in `…/models/gemini-2.5-flash:generateContent`). */
export const modelInUrl = (url: string): string | undefined => urlFacts(url).model;

export const claimsByHead = (head: ExchangeHead): boolean =>
  head.url !== null && head.method !== null && isPost(head.method) && isGeminiUrl(head.url);

/** How many candidates, and how many stream events, are looked at: recognition must stay cheap. */
const LOOKED_AT = 3;

const isCandidate = (value: unknown): boolean => {
  const candidate = recordOf(value);
  if (candidate === undefined) return false;
  return arrayOf(recordAt(candidate, 'content')?.parts) !== undefined || stringAt(candidate, 'finishReason') !== undefined;
};

const isPromptFeedback = (feedback: JsonRecord | undefined): boolean =>
  feedback !== undefined &&
  (stringAt(feedback, 'blockReason') !== undefined ||
    stringAt(feedback, 'blockReasonMessage') !== undefined ||
    arrayOf(feedback.safetyRatings) !== undefined);

/**
 * A Gemini response: `candidates[]` whose entries have `content.parts` or `finishReason`, or a
 * `promptFeedback` saying why the prompt was blocked, or `usageMetadata.promptTokenCount`. Each
 * is a pair of Gemini's own names: a JSON API with `type`, `content` and `model` has none.
 */
export const isGeminiResponse = (value: unknown): boolean => {
  const record = recordOf(value);
  if (record === undefined) return false;
  const candidates = arrayOf(record.candidates);
  if (candidates?.slice(0, LOOKED_AT).some(isCandidate) === true) return true;
  if ((candidates !== undefined || record.candidates === undefined) && isPromptFeedback(recordAt(record, 'promptFeedback'))) return true;
  return numberAt(recordAt(record, 'usageMetadata'), 'promptTokenCount') !== undefined;
};

export const claimsByBody = (body: PresentBody): boolean => {
  switch (body.kind) {
    case 'json': {
      const items = arrayOf(body.value);
      return items === undefined ? isGeminiResponse(body.value) : isGeminiResponse(items[0]);
    }
    case 'sse':
      return body.sse.events.slice(0, LOOKED_AT).some((event) => {
        const value = parseJsonValue(event.data);
        return E.isRight(value) && isGeminiResponse(value.right);
      });
    case 'text': {
      // A JSON-array stream cut short, or followed by a bare error: its first element says.
      const first = firstArrayElement(body.text);
      if (first === undefined) return false;
      const value = parseJsonValue(first);
      return E.isRight(value) && isGeminiResponse(value.right);
    }
  }
};
