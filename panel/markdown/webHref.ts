/**
 * A link target the panel will open: http(s) only. Anything else (javascript:, data:, mailto:,
 * a relative path) would run code or navigate the DevTools panel itself, so it gets no href.
 */
const webLink = /^https?:\/\//i;

export const webHref = (href: string): string | null => (webLink.test(href) ? href : null);
