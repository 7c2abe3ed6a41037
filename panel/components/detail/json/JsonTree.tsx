import { useState } from 'preact/hooks';
import { isSecretBodyField } from '../../../secrets/bodyFieldNames';
import { JsonValueText, SecretStringValue } from './JsonValueText';
import type { JsonNode } from './jsonNode';
import { childCount } from './jsonNode';
import type { PathSegment } from './jsonPath';
import { formatPath, isPrefixOf } from './jsonPath';
import './jsonTree.css';
import { useFocusScroll } from './useFocusScroll';

/** Arrays and objects with more members than this are shown in collapsed groups of this size. */
export const CHUNK_SIZE = 100;

type TreeProps = {
  readonly root: JsonNode;
  /** A path to open and highlight (a validation issue's spot); it is scrolled into view. */
  readonly focus?: readonly PathSegment[] | null;
  readonly label: string;
  readonly testid?: string;
  /** Containers down to this depth (the root's members are depth 1) start open; 2 unless told. */
  readonly openDepth?: number;
  /**
   * Show the strings of secret-named fields (`api_key`, `password`, ... see bodyFieldNames) masked
   * with a reveal: for request bodies, which carry the keys some providers expect there.
   */
  readonly maskSecretFields?: boolean;
};

/**
 * A JSON document as a collapsible tree, text only. Lazy for big bodies: members of a collapsed
 * node are not rendered at all, containers deeper than `openDepth` start collapsed, and long
 * arrays come in groups of CHUNK_SIZE that render only when opened.
 */
export function JsonTree({ root, focus = null, label, testid, openDepth = 2, maskSecretFields = false }: TreeProps) {
  const masking = maskSecretFields;
  return (
    <ul class="json-tree" role="tree" aria-label={label} data-testid={testid}>
      {root.kind === 'object' || root.kind === 'array' ? (
        <Members node={root} path={[]} depth={1} focus={focus} openDepth={openDepth} masking={masking} secretField={null} />
      ) : (
        <Item name={null} node={root} path={[]} depth={0} focus={focus} openDepth={openDepth} masking={masking} secretField={null} />
      )}
      {childCount(root) === 0 && (root.kind === 'object' || root.kind === 'array') ? (
        <li role="treeitem" class="json-tree__line">
          {root.kind === 'object' ? '{}' : '[]'}
        </li>
      ) : null}
    </ul>
  );
}

type ItemProps = {
  readonly name: PathSegment | null;
  readonly node: JsonNode;
  readonly path: readonly PathSegment[];
  readonly depth: number;
  readonly focus: readonly PathSegment[] | null;
  readonly openDepth: number;
  readonly masking: boolean;
  /** The secret field this value is (or, for an array's items, belongs to); null for any other. */
  readonly secretField: string | null;
};

function Item({ name, node, path, depth, focus, openDepth, masking, secretField }: ItemProps) {
  const isFocus = focus !== null && focus.length === path.length && isPrefixOf(path, focus);
  const leadsToFocus = focus !== null && focus.length > path.length && isPrefixOf(path, focus);
  const [expanded, setExpanded] = useState(depth <= openDepth || leadsToFocus);
  const lineRef = useFocusScroll<HTMLDivElement>(isFocus);
  const isContainer = (node.kind === 'object' || node.kind === 'array') && childCount(node) > 0;
  const lineClass = `json-tree__line${isFocus ? ' json-tree__line--focus' : ''}`;
  const pathText = formatPath(path);

  if (!isContainer) {
    return (
      <li role="treeitem" class="json-tree__item">
        <div ref={lineRef} class={lineClass} data-path={pathText} data-testid={isFocus ? 'json-tree-focus' : undefined}>
          <span class="json-tree__toggle-space" />
          <KeyText name={name} />
          {secretField !== null && node.kind === 'string' && node.value !== '' ? (
            <SecretStringValue value={node.value} field={secretField} />
          ) : (
            <JsonValueText node={node} />
          )}
        </div>
      </li>
    );
  }
  return (
    <li role="treeitem" class="json-tree__item" aria-expanded={expanded}>
      <div ref={lineRef} class={lineClass} data-path={pathText} data-testid={isFocus ? 'json-tree-focus' : undefined}>
        <button
          type="button"
          class="json-tree__toggle"
          aria-label={`${expanded ? 'Collapse' : 'Expand'} ${pathText === '' ? 'value' : pathText}`}
          onClick={() => {
            setExpanded((open) => !open);
          }}
        >
          {expanded ? '▾' : '▸'}
        </button>
        <KeyText name={name} />
        <span class="json-tree__preview">{preview(node)}</span>
      </div>
      {expanded ? (
        <ul role="group" class="json-tree__group">
          <Members
            node={node}
            path={path}
            depth={depth + 1}
            focus={focus}
            openDepth={openDepth}
            masking={masking}
            secretField={secretField}
          />
        </ul>
      ) : null}
    </li>
  );
}

type MembersProps = {
  readonly node: JsonNode;
  readonly path: readonly PathSegment[];
  readonly depth: number;
  readonly focus: readonly PathSegment[] | null;
  readonly openDepth: number;
  readonly masking: boolean;
  /** The secret field this container is the value of: an array's strings are then masked too. */
  readonly secretField: string | null;
};

/** A container's members; more than CHUNK_SIZE of them come in groups. */
function Members(props: MembersProps) {
  const count = childCount(props.node);
  if (count <= CHUNK_SIZE) return <MemberRange {...props} start={0} end={count} />;
  const groups: number[] = [];
  for (let start = 0; start < count; start += CHUNK_SIZE) groups.push(start);
  return (
    <>
      {groups.map((start) => (
        <Chunk key={start} {...props} start={start} end={Math.min(start + CHUNK_SIZE, count)} />
      ))}
    </>
  );
}

type RangeProps = MembersProps & { readonly start: number; readonly end: number };

function Chunk(props: RangeProps) {
  const { node, path, focus, start, end } = props;
  const focusIndex = focus !== null && focus.length > path.length && isPrefixOf(path, focus) ? memberIndex(node, focus[path.length]) : -1;
  const [expanded, setExpanded] = useState(focusIndex >= start && focusIndex < end);
  return (
    <li role="treeitem" class="json-tree__item" aria-expanded={expanded}>
      <div class="json-tree__line json-tree__line--chunk">
        <button
          type="button"
          class="json-tree__toggle"
          aria-label={`${expanded ? 'Collapse' : 'Expand'} members ${start} to ${end - 1}`}
          onClick={() => {
            setExpanded((open) => !open);
          }}
        >
          {expanded ? '▾' : '▸'}
        </button>
        <span class="json-tree__preview">{`[${start} … ${end - 1}]`}</span>
      </div>
      {expanded ? (
        <ul role="group" class="json-tree__group">
          <MemberRange {...props} />
        </ul>
      ) : null}
    </li>
  );
}

function MemberRange({ node, path, depth, focus, openDepth, masking, secretField, start, end }: RangeProps) {
  if (node.kind === 'array') {
    return (
      <>
        {node.items.slice(start, end).map((child, offset) => (
          <Item
            key={start + offset}
            name={start + offset}
            node={child}
            path={[...path, start + offset]}
            depth={depth}
            focus={focus}
            openDepth={openDepth}
            masking={masking}
            secretField={secretField}
          />
        ))}
      </>
    );
  }
  if (node.kind === 'object') {
    return (
      <>
        {node.entries.slice(start, end).map(([key, child], offset) => (
          <Item
            key={`${start + offset}:${key}`}
            name={key}
            node={child}
            path={[...path, key]}
            depth={depth}
            focus={focus}
            openDepth={openDepth}
            masking={masking}
            secretField={masking && isSecretBodyField(key) ? key : null}
          />
        ))}
      </>
    );
  }
  return null;
}

function memberIndex(node: JsonNode, segment: PathSegment | undefined): number {
  if (node.kind === 'array' && typeof segment === 'number') return segment;
  if (node.kind === 'object' && typeof segment === 'string') return node.entries.findIndex(([key]) => key === segment);
  return -1;
}

function KeyText({ name }: { readonly name: PathSegment | null }) {
  if (name === null) return null;
  return <span class={typeof name === 'number' ? 'json-tree__key json-tree__key--index' : 'json-tree__key'}>{`${String(name)}: `}</span>;
}

/** What a collapsed container shows: `{id, object, created, …}` or `Array(3)`, like DevTools' console. */
function preview(node: JsonNode): string {
  if (node.kind === 'array') return `Array(${node.items.length})`;
  if (node.kind !== 'object') return '';
  const keys = node.entries.slice(0, 4).map(([key]) => key);
  return `{${keys.join(', ')}${node.entries.length > 4 ? ', …' : ''}}`;
}
