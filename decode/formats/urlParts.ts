/**
 * The URL of the exchange being recognised, parsed once for every format that asks. Each
 * format's claimsByHead is asked in turn about the same URL (registry.ts), and a page sends its
 * exchanges to a few endpoints, often the same one many times in a row; `new URL` costs about as
 * much as decoding a small body, so the last URL, its parse and its path are kept. Callers only
 * read the URL object (it is shared).
 */

const urlOf = (text: string): URL | undefined => {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
};

const partsOf = (text: string): { readonly text: string; readonly url: URL | undefined; readonly path: string } => {
  const url = urlOf(text);
  // The raw string without query or fragment when it does not parse (a relative URL in a HAR).
  return { text, url, path: url?.pathname ?? text.replace(/[?#].*$/s, '') };
};

let last = partsOf('');

const partsOfUrl = (text: string): typeof last => {
  if (text !== last.text) last = partsOf(text);
  return last;
};

/** The parsed URL, or undefined when the text is no absolute URL. */
export const parsedUrl = (text: string): URL | undefined => partsOfUrl(text).url;

/** The path of a URL without query or fragment; the raw string's when it does not parse. */
export const pathOfUrl = (text: string): string => partsOfUrl(text).path;

/**
 * A fact of a URL (a regex over its path, its port and host) worked out once for the last URL asked
 * about, as the parse is: every claimsByHead is asked in turn about each exchange (registry.ts), a
 * page calls one endpoint many times in a row, and one regex test costs about 50 ns, as much as
 * JSON.parse of 25 bytes. `fact` must read the URL text alone (no method, no headers).
 */
export const oncePerUrl = <T>(fact: (text: string) => T): ((text: string) => T) => {
  let lastText = '';
  let lastValue = fact('');
  return (text) => {
    if (text !== lastText) {
      lastValue = fact(text);
      lastText = text;
    }
    return lastValue;
  };
};
