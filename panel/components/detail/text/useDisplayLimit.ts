import { useState } from 'preact/hooks';
import { cutLength, DISPLAY_LIMIT_CHARS } from './displayLimit';

/**
 * How much of `text` to show: all of it up to the display limit, or once the user asked; else a
 * prefix. `shown` is a length; `showAll` is for the notice's button.
 */
export function useDisplayLimit(text: string, limit = DISPLAY_LIMIT_CHARS) {
  const [all, setAll] = useState(false);
  const shown = all ? text.length : cutLength(text, limit);
  return {
    shown,
    total: text.length,
    truncated: shown < text.length,
    showAll: () => {
      setAll(true);
    },
  };
}
