import { DetailSection } from '../DetailSection';
import { ExternalLink } from '../ExternalLink';

type Props = { readonly citations: readonly string[] };

/** Perplexity's top-level `citations`: the URLs its [1], [2] markers in the content refer to, numbered from 1. */
export function CitationList({ citations }: Props) {
  return (
    <DetailSection title={`Citations (${String(citations.length)})`} testid="detail-citations">
      <ol class="link-list link-list--numbered">
        {citations.map((url, position) => (
          <li key={position} data-testid="detail-citation">
            <ExternalLink href={url} testid="detail-citation-link" />
          </li>
        ))}
      </ol>
    </DetailSection>
  );
}
