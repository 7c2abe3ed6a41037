/**
 * The URL of the exchange being recognised, parsed once for every format that asks. Each
 * format's claimsByHead is asked in turn about the same URL (registry.ts), and a page sends its
 * exchanges to a few endpoints, often the same one many times in a row, or two in turn (a JSON
 * call and a streamed one, Gemini's generateContent and streamGenerateContent); `new URL` costs
 * about as much as decoding a small body, so the last few URLs, their parse and their path are
 * kept. Callers only read the URL object (it is shared).
 */

/** How many URLs (and URL facts) are remembered: a page's endpoints in turn, looked up in a few string compares. */
const REMEMBERED = 4;

/**
 * The answers for the last REMEMBERED texts asked about, the newest replacing the oldest. Looked
 * up by comparing texts: a hit costs a few string compares, a Map would hash the whole URL each time.
 */
class RecentTexts<T> {
  readonly #entries: { readonly text: string; readonly value: T }[] = [];
  #next = 0;

  answer(text: string, work: (text: string) => T): T {
    for (const entry of this.#entries) if (entry.text === text) return entry.value;
    const value = work(text);
    this.#entries[this.#next] = { text, value };
    this.#next = (this.#next + 1) % REMEMBERED;
    return value;
  }
}

const urlOf = (text: string): URL | undefined => {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
};

const partsOf = (text: string): { readonly url: URL | undefined; readonly path: string } => {
  const url = urlOf(text);
  // The raw string without query or fragment when it does not parse (a relative URL in a HAR).
  return { url, path: url?.pathname ?? text.replace(/[?#].*$/s, '') };
};

const recentParts = new RecentTexts<ReturnType<typeof partsOf>>();

/** The parsed URL, or undefined when the text is no absolute URL. */
export const parsedUrl = (text: string): URL | undefined => recentParts.answer(text, partsOf).url;

/** The path of a URL without query or fragment; the raw string's when it does not parse. */
export const pathOfUrl = (text: string): string => recentParts.answer(text, partsOf).path;

/**
 * A fact of a URL (a regex over its path, its port and host) worked out once for each of the last
 * few URLs asked about, as the parse is: every claimsByHead is asked in turn about each exchange
 * (registry.ts), a page calls a few endpoints many times, and one regex test costs about 50 ns, as
 * much as JSON.parse of 25 bytes. `fact` must read the URL text alone (no method, no headers).
 */
export const oncePerUrl = <T>(fact: (text: string) => T): ((text: string) => T) => {
  const recent = new RecentTexts<T>();
  return (text) => recent.answer(text, fact);
};
