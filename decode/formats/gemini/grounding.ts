import type { JsonRecord } from '../../lenientFields';
import { arrayOf, numberAt, recordAt, recordsIn, stringAt } from '../../lenientFields';
import type { NormalizedAnnotation, NormalizedServerTool } from '../../model';

/**
 * Grounding, the searches and fetches Gemini ran itself: `groundingMetadata` (Google Search:
 * webSearchQueries, groundingChunks[].web, groundingSupports[] tying text segments to chunks) and
 * `urlContextMetadata` (the URL context tool). Each becomes a server tool (the app ran nothing)
 * and the supports become citations.
 */

/** JSON text of a value that was sent, null when it was not. */
const jsonText = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

const hasEntries = (value: unknown): boolean => (arrayOf(value)?.length ?? 0) > 0;

/** Google Search's entry: the queries it ran as arguments, the sources it found as result. */
export const searchTool = (grounding: JsonRecord): NormalizedServerTool | undefined => {
  if (!hasEntries(grounding.webSearchQueries) && recordAt(grounding, 'searchEntryPoint') === undefined) return undefined;
  return {
    id: '',
    name: 'google_search',
    arguments: jsonText(grounding.webSearchQueries),
    result: jsonText(grounding.groundingChunks),
  };
};

/** The URL context tool's entry: the URLs it retrieved and how each retrieval went. */
export const urlContextTool = (urlContext: JsonRecord): NormalizedServerTool | undefined =>
  hasEntries(urlContext.urlMetadata)
    ? { id: '', name: 'url_context', arguments: null, result: jsonText(urlContext.urlMetadata) }
    : undefined;

/** The UTF-8 bytes of one UTF-16 code unit: a surrogate pair is 4 bytes, 2 counted for each half. */
const utf8Bytes = (unit: number): number => (unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3);

/**
 * Gemini's segment offsets count bytes of the UTF-8 text (per the API reference); every other
 * format's annotations, and JavaScript's string slicing, count UTF-16 code units. Each byte offset
 * asked for becomes the index of the last code unit boundary at or before it (a byte offset inside a
 * character maps to its start), in one pass over the text up to the largest offset: the offsets are
 * sorted first, so the pass only goes forward, and nothing as long as the text is allocated.
 */
const codeUnitIndexes = (text: string, byteOffsets: readonly number[]): Map<number, number> => {
  const indexes = new Map<number, number>();
  let index = 0;
  let bytes = 0;
  for (const offset of [...byteOffsets].sort((a, b) => a - b)) {
    while (index < text.length) {
      const next = bytes + utf8Bytes(text.charCodeAt(index));
      if (next > offset) break;
      bytes = next;
      index += 1;
    }
    indexes.set(offset, index);
  }
  return indexes;
};

/**
 * Each support's segment in bytes as sent, as `[start, end, start, end, …]`. proto3's JSON leaves
 * out a field at its default, so a segment with an `endIndex` and no `startIndex` starts at 0.
 */
const byteSpans = (supports: readonly JsonRecord[]): (number | null)[] => {
  const spans: (number | null)[] = [];
  for (const support of supports) {
    const segment = recordAt(support, 'segment');
    const end = numberAt(segment, 'endIndex') ?? null;
    spans.push(numberAt(segment, 'startIndex') ?? (end === null ? null : 0), end);
  }
  return spans;
};

/** Whether the offsets never go back: supports come in the text's order, so one forward pass converts them. */
const ascending = (offsets: readonly (number | null)[]): boolean => {
  let last = 0;
  for (const offset of offsets) {
    if (offset === null) continue;
    if (offset < last) return false;
    last = offset;
  }
  return true;
};

/**
 * The spans (byteSpans') in code units of `text`, in place; as sent when there is no text to count
 * in. Offsets in order (the usual case) are converted in one pass with no Map or sorted copy; others
 * go through codeUnitIndexes.
 */
const toCodeUnits = (spans: (number | null)[], text: string | null): void => {
  if (text === null) return;
  if (!ascending(spans)) {
    const indexes = codeUnitIndexes(
      text,
      spans.filter((offset) => offset !== null),
    );
    for (let at = 0; at < spans.length; at += 1) {
      const offset = spans[at];
      if (offset !== null && offset !== undefined) spans[at] = indexes.get(offset) ?? null;
    }
    return;
  }
  let index = 0;
  let bytes = 0;
  for (let at = 0; at < spans.length; at += 1) {
    const offset = spans[at];
    if (offset === null || offset === undefined) continue;
    while (index < text.length) {
      const next = bytes + utf8Bytes(text.charCodeAt(index));
      if (next > offset) break;
      bytes = next;
      index += 1;
    }
    spans[at] = index;
  }
};

/** One citation of a grounding chunk (Google Search's `web`, or a retrieval's `retrievedContext`). */
const annotationOf = (chunk: JsonRecord | undefined, start: number | null, end: number | null): NormalizedAnnotation => {
  const web = recordAt(chunk, 'web') ?? recordAt(chunk, 'retrievedContext');
  return {
    type: 'grounding',
    url: stringAt(web, 'uri') ?? null,
    title: stringAt(web, 'title') ?? null,
    start_index: start,
    end_index: end,
  };
};

/**
 * One citation per support and chunk it cites, in the supports' order, its span in code units of
 * `text` (the candidate's answer; Gemini sends UTF-8 byte offsets; the url_context body of the
 * corpus has one segment with no startIndex, the whole text). Built field by field: a spread takes
 * V8's slow path; loops, not callbacks: a closure per call is a cost of its own.
 */
export const groundingAnnotations = (grounding: JsonRecord, text: string | null): NormalizedAnnotation[] => {
  const chunks = recordsIn(grounding.groundingChunks);
  const supports = recordsIn(grounding.groundingSupports);
  const annotations: NormalizedAnnotation[] = [];
  if (supports.length === 0) {
    for (const chunk of chunks) annotations.push(annotationOf(chunk, null, null));
    return annotations;
  }
  const spans = byteSpans(supports);
  toCodeUnits(spans, text);
  for (let at = 0; at < supports.length; at += 1) {
    const indices = arrayOf(supports[at]?.groundingChunkIndices);
    if (indices === undefined) continue;
    const start = spans[2 * at] ?? null;
    const end = spans[2 * at + 1] ?? null;
    for (const index of indices) annotations.push(annotationOf(typeof index === 'number' ? chunks[index] : undefined, start, end));
  }
  return annotations;
};
