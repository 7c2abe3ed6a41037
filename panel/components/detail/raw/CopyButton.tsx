import { useEffect, useState } from 'preact/hooks';
import type { CopyOutcome } from '../../../transfer/copyText';
import { copyText } from '../../../transfer/copyText';
import './copyButton.css';

type Props = {
  /** Called on click, so a big body is only turned into text when the user asks for it. */
  readonly text: () => string;
  /** What is copied, for the accessible name ("Copy response body"). */
  readonly what: string;
  readonly testid: string;
};

const CONFIRMATION_MS = 2000;

/** A copy button that says, next to itself, whether the copy worked. */
export function CopyButton({ text, what, testid }: Props) {
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  useEffect(() => {
    if (outcome === null) return undefined;
    const timer = setTimeout(() => {
      setOutcome(null);
    }, CONFIRMATION_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [outcome]);

  const onClick = () => {
    void copyText(text()).then(setOutcome);
  };

  return (
    <span class="copy-button">
      <button type="button" class="copy-button__button" data-testid={testid} aria-label={`Copy ${what}`} onClick={onClick}>
        Copy
      </button>
      <span class="copy-button__status" role="status" data-testid={`${testid}-status`} data-outcome={outcome ?? ''}>
        {outcome === null ? '' : outcome === 'failed' ? 'Copy failed: the browser refused the clipboard' : 'Copied'}
      </span>
    </span>
  );
}
