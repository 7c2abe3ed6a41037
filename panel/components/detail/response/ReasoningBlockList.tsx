import { useState } from 'preact/hooks';
import type { NormalizedReasoningBlock } from '../../../../decode/index';
import { CopyButton } from '../raw/CopyButton';
import { LongText } from '../text/LongText';

/** Characters of a signature shown at each end while it is not revealed: enough to tell two apart. */
const SIGNATURE_END = 8;

/**
 * The reasoning blocks as the format sent them, for what the joined reasoning text cannot say:
 * which thinking carried a signature (Anthropic's `signature`, Gemini's `thoughtSignature`: opaque
 * base64 an app must send back unchanged, hundreds of characters, so shortened with a reveal and a
 * copy) and which was redacted (Anthropic's `redacted_thinking`: only encrypted `data`, no text).
 */
export function ReasoningBlockList({ blocks }: { readonly blocks: readonly NormalizedReasoningBlock[] }) {
  return (
    <ol class="reasoning-blocks" data-testid="detail-reasoning-blocks">
      {blocks.map((block, position) => (
        <li key={position} class="reasoning-block" data-testid="detail-reasoning-block" data-type={block.type}>
          <code class="reasoning-block__type">{block.type}</code>
          {block.text === undefined ? null : <LongText text={block.text} class="text-block" testid="detail-reasoning-block-text" />}
          {block.data === undefined ? null : <RedactedData data={block.data} />}
          {block.signature === undefined ? null : <Signature signature={block.signature} />}
        </li>
      ))}
    </ol>
  );
}

/** The opaque data of redacted thinking is not readable: only how much of it there was. */
function RedactedData({ data }: { readonly data: string }) {
  const bytes = new TextEncoder().encode(data).length;
  return (
    <div class="reasoning-block__redacted">
      <span class="missing" data-testid="detail-reasoning-redacted">
        redacted ({bytes.toLocaleString('en-US')} bytes of data)
      </span>{' '}
      <CopyButton text={() => data} what="redacted thinking data" testid="copy-reasoning-data" />
    </div>
  );
}

function Signature({ signature }: { readonly signature: string }) {
  const [revealed, setRevealed] = useState(false);
  const short = signature.length <= SIGNATURE_END * 2 + 1;
  const shown = revealed || short ? signature : `${signature.slice(0, SIGNATURE_END)}…${signature.slice(-SIGNATURE_END)}`;
  return (
    <div class="reasoning-block__signature">
      <span class="muted">signature</span>{' '}
      <code class="reasoning-block__signature-text" data-testid="detail-reasoning-signature" data-revealed={String(revealed || short)}>
        {shown}
      </code>{' '}
      {short ? null : (
        <button
          type="button"
          class="reasoning-block__reveal"
          aria-pressed={revealed}
          data-testid="detail-reasoning-signature-reveal"
          onClick={() => {
            setRevealed(!revealed);
          }}
        >
          {revealed ? 'Shorten' : `Show all ${signature.length.toLocaleString('en-US')} characters`}
        </button>
      )}{' '}
      <CopyButton text={() => signature} what="signature" testid="copy-reasoning-signature" />
    </div>
  );
}
