/**
 * The path and query of a URL, as the Network panel's Name column shows them: what follows the
 * host, without the fragment. Works on the text rather than through `URL`, which would re-encode it
 * and change what the user sees (the same reason as secrets/redactUrl). Anything without a
 * `scheme://host` part is shown whole.
 */
export function urlPath(url: string): string {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i.exec(withoutHash);
  if (origin === null) return withoutHash;
  const rest = withoutHash.slice(origin[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}
