import type { NormalizedAnnotation } from '../../../../decode/index';
import { ExternalLink } from '../ExternalLink';

type Props = { readonly annotations: readonly NormalizedAnnotation[] };

/** url_citation annotations: the cited page (a link opening in a new tab) and the span of content it backs. */
export function AnnotationList({ annotations }: Props) {
  return (
    <ol class="link-list" data-testid="detail-annotations">
      {annotations.map((annotation, position) => (
        <li key={position} data-testid="detail-annotation">
          <span class="badge">{annotation.type === '' ? 'annotation' : annotation.type}</span>{' '}
          {annotation.url === null ? (
            <span class="missing">no url</span>
          ) : (
            <ExternalLink href={annotation.url} testid="detail-annotation-link">
              {annotation.title === null || annotation.title === '' ? annotation.url : annotation.title}
            </ExternalLink>
          )}
          {annotation.start_index === null && annotation.end_index === null ? null : (
            <span class="muted" data-testid="detail-annotation-span">
              {' '}
              characters {annotation.start_index ?? '?'}–{annotation.end_index ?? '?'}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
