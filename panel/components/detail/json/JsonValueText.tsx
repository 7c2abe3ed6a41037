import { useMemo } from 'preact/hooks';
import { maskSecret } from '../../../secrets/maskSecret';
import { SecretValue } from '../../../secrets/SecretValue';
import { PreciseDigits } from '../precise/PreciseDigits';
import { TruncationNotice } from '../text/TruncationNotice';
import { useDisplayLimit } from '../text/useDisplayLimit';
import type { JsonNode } from './jsonNode';

/**
 * A primitive JSON value as it reads in JSON (strings quoted and escaped), coloured by type. An
 * integer beyond 2^53 shows its digits as sent, marked; a string longer than the display limit
 * (a base64 image in a request) is cut, with "Show all".
 */
export function JsonValueText({ node }: { readonly node: JsonNode }) {
  switch (node.kind) {
    case 'string':
      return <StringValue value={node.value} />;
    case 'number':
      return (
        <span class="json-tree__value json-tree__value--number">{node.beyondSafe ? <PreciseDigits text={node.text} /> : node.text}</span>
      );
    case 'boolean':
      return <span class="json-tree__value json-tree__value--boolean">{String(node.value)}</span>;
    case 'null':
      return <span class="json-tree__value json-tree__value--null">null</span>;
    case 'object':
      return <span class="json-tree__value">{'{}'}</span>;
    case 'array':
      return <span class="json-tree__value">[]</span>;
  }
}

function StringValue({ value }: { readonly value: string }) {
  // Not again on every render of the tree line: a pasted document or a base64 image is megabytes.
  const quoted = useMemo(() => JSON.stringify(value), [value]);
  const { shown, total, truncated, showAll } = useDisplayLimit(quoted);
  if (!truncated) return <span class="json-tree__value json-tree__value--string">{quoted}</span>;
  return (
    <span class="json-tree__value json-tree__value--string">
      {quoted.slice(0, shown)}
      <TruncationNotice shown={shown} total={total} onShowAll={showAll} inline />
    </span>
  );
}

/** The string of a secret field (`"api_key": "sk-proj-…1234"`), quoted as JSON, masked until revealed. */
export function SecretStringValue({ value, field }: { readonly value: string; readonly field: string }) {
  return (
    <span class="json-tree__value json-tree__value--string">
      <SecretValue value={JSON.stringify(value)} masked={JSON.stringify(maskSecret(value))} label={field} />
    </span>
  );
}
