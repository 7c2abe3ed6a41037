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
 * One citation per support and chunk it cites, in the supports' order. Segment indexes are
 * Gemini's own (bytes of the UTF-8 text, per the API reference). proto3's JSON leaves out a field
 * at its default, so a segment with an `endIndex` and no `startIndex` starts at 0 (the url_context
 * body of the corpus: its one segment is the whole text).
 */
export const groundingAnnotations = (grounding: JsonRecord): NormalizedAnnotation[] => {
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
  for (const support of supports) {
    const segment = recordAt(support, 'segment');
    const end = numberAt(segment, 'endIndex') ?? null;
    const start = numberAt(segment, 'startIndex') ?? (end === null ? null : 0);
    for (const index of arrayOf(support.groundingChunkIndices) ?? []) {
      const chunk = typeof index === 'number' ? chunks[index] : undefined;
      annotations.push({ type: 'grounding', ...sourceOf(chunk), start_index: start, end_index: end });
    }
  }
  return annotations;
};
