import { providerName } from '../format/providerName';
import { urlPath } from '../format/urlPath';
import { redactUrl } from '../secrets/redactUrl';

/** What a list row shows of its request URL: the provider column, and the Name column's path and query, key-like values masked. */
export type UrlCells = {
  readonly provider: string;
  readonly urlPath: string;
  /** The whole URL, key-like values masked: the row's title (drawn again at each scroll frame that shows the row). */
  readonly maskedUrl: string;
};

/** Distinct URLs remembered; beyond that the memo starts again (a page calling thousands of distinct URLs gains nothing from it). */
const REMEMBERED = 512;

const known = new Map<string, UrlCells>();

/**
 * The URL's cells, worked out once per distinct URL: an app calls a handful of endpoints, and a
 * row is derived twice in a burst (listed from its capture, then decoded), so parsing and masking
 * each URL again was a share of listing 10,000 exchanges (round s9); rows with the same URL also
 * share the two strings instead of holding a copy each.
 */
export function urlCellsOf(url: string): UrlCells {
  const remembered = known.get(url);
  if (remembered !== undefined) return remembered;
  if (known.size >= REMEMBERED) known.clear();
  const maskedUrl = redactUrl(url);
  const cells = { provider: providerName(url), urlPath: urlPath(maskedUrl), maskedUrl };
  known.set(url, cells);
  return cells;
}
