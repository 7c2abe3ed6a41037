import type { JsonRecord } from './lenientFields';
import type { PlainWalk } from './plainDeltaWalk';
import { isPlainInt, plainExtension } from './plainDeltaWalk';
import { isJsonObject } from './lenientFields';

/**
 * A message's `annotations` as Annotation defines them: `type: "url_citation"` and a `url_citation`
 * of two integer indexes, `url` and `title`, any other key an extension (OpenRouter's `content`).
 */

const START = 1;
const END = 2;
const URL = 4;
const TITLE = 8;
const CITATION_REQUIRED = START | END | URL | TITLE;

const isPlainCitation = (walk: PlainWalk, citation: JsonRecord): boolean => {
  let required = 0;
  for (const key in citation) {
    const value = citation[key];
    switch (key) {
      case 'start_index':
        if (!isPlainInt(walk, value)) return false;
        required |= START;
        break;
      case 'end_index':
        if (!isPlainInt(walk, value)) return false;
        required |= END;
        break;
      case 'url':
        if (typeof value !== 'string') return false;
        required |= URL;
        break;
      case 'title':
        if (typeof value !== 'string') return false;
        required |= TITLE;
        break;
      default:
        plainExtension(walk, key, value);
    }
  }
  return required === CITATION_REQUIRED;
};

const isPlainAnnotation = (walk: PlainWalk, annotation: JsonRecord): boolean => {
  let typed = false;
  let cited = false;
  for (const key in annotation) {
    const value = annotation[key];
    if (key === 'type') {
      if (value !== 'url_citation') return false;
      typed = true;
    } else if (key === 'url_citation') {
      if (!isJsonObject(value)) return false;
      walk.steps.push(key);
      if (!isPlainCitation(walk, value)) return false;
      walk.steps.pop();
      cited = true;
    } else plainExtension(walk, key, value);
  }
  return typed && cited;
};

/** `annotations`, pushed on `walk.steps` here. */
export const arePlainAnnotations = (walk: PlainWalk, annotations: unknown): boolean => {
  if (!Array.isArray(annotations)) return false;
  const items: readonly unknown[] = annotations;
  walk.steps.push('annotations');
  for (let index = 0; index < items.length; index += 1) {
    const annotation = items[index];
    if (!isJsonObject(annotation)) return false;
    walk.steps.push(index);
    if (!isPlainAnnotation(walk, annotation)) return false;
    walk.steps.pop();
  }
  walk.steps.pop();
  return true;
};
