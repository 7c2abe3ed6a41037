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

/**
 * Gemini's segment offsets count bytes of the UTF-8 text (per the API reference); every other
 * format's annotations, and JavaScript's string slicing, count UTF-16 code units. The offset of each
 * code unit boundary, in bytes, read once: a byte offset inside a character maps to its start.
 */
const codeUnitIndexOfByte = (text: string): ((byteOffset: number) => number) => {
  const bytesBefore = new Float64Array(text.length + 1);
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    // A surrogate pair is 4 bytes in UTF-8: 2 counted for each half.
    const bytes = unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
    bytesBefore[index + 1] = (bytesBefore[index] ?? 0) + bytes;
  }
  return (byteOffset) => {
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((bytesBefore[middle] ?? 0) <= byteOffset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
};

/**
 * One citation per support and chunk it cites, in the supports' order, its span in code units of
 * `text` (the candidate's answer; Gemini sends UTF-8 byte offsets). proto3's JSON leaves out a field
 * at its default, so a segment with an `endIndex` and no `startIndex` starts at 0 (the url_context
 * body of the corpus: its one segment is the whole text).
 */
export const groundingAnnotations = (grounding: JsonRecord, text: string | null): NormalizedAnnotation[] => {
  const chunks = recordsIn(grounding.groundingChunks);
  const sourceOf = (chunk: JsonRecord | undefined): { url: string | null; title: string | null } => {
    const web = recordAt(chunk, 'web') ?? recordAt(chunk, 'retrievedContext');
    return { url: stringAt(web, 'uri') ?? null, title: stringAt(web, 'title') ?? null };
  };
  const supports = recordsIn(grounding.groundingSupports);
  if (supports.length === 0) {
    return chunks.map((chunk) => ({ type: 'grounding', ...sourceOf(chunk), start_index: null, end_index: null }));
  }
  const annotations: NormalizedAnnotation[] = [];
  const indexOf = text === null ? (byteOffset: number) => byteOffset : codeUnitIndexOfByte(text);
  for (const support of supports) {
    const segment = recordAt(support, 'segment');
    const endByte = numberAt(segment, 'endIndex');
    const startByte = numberAt(segment, 'startIndex') ?? (endByte === undefined ? undefined : 0);
    const end = endByte === undefined ? null : indexOf(endByte);
    const start = startByte === undefined ? null : indexOf(startByte);
    for (const index of arrayOf(support.groundingChunkIndices) ?? []) {
      const chunk = typeof index === 'number' ? chunks[index] : undefined;
      annotations.push({ type: 'grounding', ...sourceOf(chunk), start_index: start, end_index: end });
    }
  }
  return annotations;
};
