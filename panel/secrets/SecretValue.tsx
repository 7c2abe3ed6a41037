import { useState } from 'preact/hooks';
import { maskHeaderValue } from './maskSecret';
import { redactUrl } from './redactUrl';
import { isSecretHeader } from './secretNames';
import './secrets.css';

type Props = {
  /** The real value, shown only after the user presses the reveal button. */
  readonly value: string;
  /** What shows until then (maskSecret, maskHeaderValue or redactUrl of value). */
  readonly masked: string;
  /** What the value is, for the button's accessible name ("Reveal Authorization"). */
  readonly label: string;
  readonly testId?: string;
};

/**
 * A secret shown masked, with an explicit per-value reveal. The state is this value's alone and is
 * not remembered: a panel reopened or an exchange reselected shows it masked again.
 */
export function SecretValue({ value, masked, label, testId = 'secret-value' }: Props) {
  const [revealed, setRevealed] = useState(false);
  return (
    <span class="secret-value">
      <span class="secret-value__text" data-testid={testId} data-revealed={String(revealed)}>
        {revealed ? value : masked}
      </span>
      <button
        type="button"
        class="secret-value__reveal"
        data-testid="secret-reveal"
        aria-pressed={revealed}
        aria-label={`${revealed ? 'Hide' : 'Reveal'} ${label}`}
        title={revealed ? 'Hide the secret' : 'Show the secret'}
        onClick={() => {
          setRevealed((shown) => !shown);
        }}
      >
        {revealed ? 'hide' : 'reveal'}
      </button>
    </span>
  );
}

/** One header's value: masked with a reveal when the name says it is a credential, plain text otherwise. */
export function HeaderValue({ name, value, testId }: { readonly name: string; readonly value: string; readonly testId?: string }) {
  if (!isSecretHeader(name)) return <span data-testid={testId}>{value}</span>;
  return <SecretValue value={value} masked={maskHeaderValue(name, value)} label={name} testId={testId} />;
}

/** A URL with key-like query parameters masked and a reveal; plain text when it holds none. */
export function SecretUrl({ url, testId }: { readonly url: string; readonly testId?: string }) {
  const masked = redactUrl(url, 'display');
  if (masked === url) return <span data-testid={testId}>{url}</span>;
  return <SecretValue value={url} masked={masked} label="URL" testId={testId} />;
}
