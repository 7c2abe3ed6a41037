import type { JsonNode } from './jsonNode';

/** A primitive JSON value as it reads in JSON (strings quoted and escaped), coloured by type. */
export function JsonValueText({ node }: { readonly node: JsonNode }) {
  switch (node.kind) {
    case 'string':
      return <span class="json-tree__value json-tree__value--string">{JSON.stringify(node.value)}</span>;
    case 'number':
      return <span class="json-tree__value json-tree__value--number">{node.text}</span>;
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
