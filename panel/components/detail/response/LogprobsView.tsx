import { useState } from 'preact/hooks';
import type { NormalizedLogprobs, NormalizedTokenLogprob } from '../../../../decode/index';
import { probabilityText } from '../../../format/probability';

/** Rows drawn before "Show all": a long completion has thousands of tokens. */
const firstRows = 200;

/** A token exactly as sent: quoted and escaped so spaces and newlines show. */
const tokenText = (token: string) => JSON.stringify(token);

type Props = { readonly logprobs: NormalizedLogprobs };

/** A choice's per-token log probabilities: content tokens and refusal tokens, each as a table. */
export function LogprobsView({ logprobs }: Props) {
  return (
    <>
      {logprobs.content === null ? null : <LogprobsTable kind="content" tokens={logprobs.content} />}
      {logprobs.refusal === null ? null : <LogprobsTable kind="refusal" tokens={logprobs.refusal} />}
      {logprobs.content === null && logprobs.refusal === null ? <span class="missing">null</span> : null}
    </>
  );
}

type TableProps = { readonly kind: 'content' | 'refusal'; readonly tokens: readonly NormalizedTokenLogprob[] };

function LogprobsTable({ kind, tokens }: TableProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? tokens : tokens.slice(0, firstRows);
  if (tokens.length === 0) return <p class="missing">{kind}: no tokens</p>;
  return (
    <div class="logprobs">
      <table class="logprobs__table" data-testid="detail-logprobs" data-kind={kind}>
        <caption class="logprobs__caption">
          {kind} ({tokens.length} token{tokens.length === 1 ? '' : 's'})
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">token</th>
            <th scope="col">logprob</th>
            <th scope="col">probability</th>
            <th scope="col">top alternatives</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry, position) => (
            <tr key={position} data-testid="detail-logprob">
              <td class="muted">{position}</td>
              <td>
                <code data-testid="detail-logprob-token">{tokenText(entry.token)}</code>
              </td>
              <td class="logprobs__number">{entry.logprob}</td>
              <td class="logprobs__number" data-testid="detail-logprob-probability">
                {probabilityText(entry.logprob)}
              </td>
              <td data-testid="detail-logprob-alternatives">
                {entry.top_logprobs.length === 0 ? <span class="muted">—</span> : null}
                {entry.top_logprobs.map((alternative, index) => (
                  <span key={index} class="logprobs__alternative" data-testid="detail-logprob-alternative">
                    <code>{tokenText(alternative.token)}</code> {probabilityText(alternative.logprob)}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < tokens.length ? (
        <button
          type="button"
          class="link-button"
          data-testid="detail-logprobs-show-all"
          onClick={() => {
            setShowAll(true);
          }}
        >
          Show all {tokens.length} tokens
        </button>
      ) : null}
    </div>
  );
}
