/**
 * How much of one text the panel puts in the page before asking: 256 KiB (262,144 characters).
 * Measured in this project's Chromium (156, a 600-pixel-wide `pre` with `pre-wrap` and
 * `overflow-wrap: anywhere`, as the Raw tab draws a body): laying out 256 Ki characters took
 * 30–70 ms, 1 Mi 100–170 ms, 4 Mi 0.3–1.3 s and 16 Mi 1.5–6.6 s (the upper figures for one long
 * line, which is what minified JSON is). So up to 256 KiB selecting an exchange still answers
 * within a few frames, even with a request and a response body on one tab, while a 10 MB body
 * would freeze DevTools for seconds. Bodies are still decoded in full; copy and export use them whole.
 */
export const DISPLAY_LIMIT_CHARS = 256 * 1024;

/**
 * Where to cut `text` to show at most `limit` characters: never between the two halves of a
 * surrogate pair (an emoji cut in half would show as a replacement character).
 */
export function cutLength(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const last = text.charCodeAt(limit - 1);
  return last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit;
}
