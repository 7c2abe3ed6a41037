import type { ComponentChildren } from 'preact';
import { BIDI_CONTROL, codePoint } from '../../decode/index';

/**
 * Text with each bidirectional override or isolate character (U+202A–U+202E, U+2066–U+2069) shown
 * as a visible mark instead of applied. Applied, they reorder what follows ("Trojan Source",
 * CVE-2021-42574): a link's text or a code block could read as something it is not. Shown, the
 * developer sees what the model wrote, as with HTML in its text.
 */
export function bidiMarked(text: string): ComponentChildren {
  if (!BIDI_CONTROL.test(text)) return text;
  const pieces: ComponentChildren[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (!BIDI_CONTROL.test(character)) continue;
    if (index > start) pieces.push(text.slice(start, index));
    pieces.push(
      <span class="markdown-bidi" data-testid="markdown-bidi-control" title="bidirectional control character, shown instead of applied">
        {codePoint(character)}
      </span>,
    );
    start = index + 1;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}
