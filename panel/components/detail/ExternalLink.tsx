import { webHref } from '../../markdown/webHref';

type Props = { readonly href: string; readonly children?: string; readonly testid?: string };

/**
 * A URL from a response (citation, annotation, image): a link opening in a new tab when it is
 * http(s), plain text otherwise (a javascript: or data: URL must never become clickable).
 */
export function ExternalLink({ href, children, testid }: Props) {
  const text = children ?? href;
  const target = webHref(href);
  if (target === null) {
    return (
      <span class="external-link external-link--inert" data-testid={testid}>
        {text}
      </span>
    );
  }
  return (
    <a class="external-link" href={target} target="_blank" rel="noopener noreferrer" data-testid={testid}>
      {text}
    </a>
  );
}
