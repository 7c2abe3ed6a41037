import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { parseJsonNode } from '../json/jsonNode';
import { JsonTree } from '../json/JsonTree';
import type { PathSegment } from '../json/jsonPath';
import { formatPath, resolvePath } from '../json/jsonPath';
import { useFocusScroll } from '../json/useFocusScroll';
import { LongText } from '../text/LongText';
import './schema.css';

type Props = {
  /** The arguments or content as sent: a JSON text (or not, when the issue is that it is not JSON). */
  readonly text: string;
  /** Where inside the parsed value the issue is (SchemaIssueFacts.at). */
  readonly at: readonly (string | number)[];
  /** What the value is, for the note and the tree's name: "the arguments of get_weather". */
  readonly name: string;
  readonly testid: string;
};

/**
 * A schema issue's spot: the value pretty-printed as a tree, opened at `at` and that line
 * highlighted and scrolled into view (json/JsonTree). A missing required field's path ends one
 * step past what exists, so the object that lacks it is what is highlighted.
 */
export function SchemaSpotTree({ text, at, name, testid }: Props) {
  const root = useMemo(() => parseJsonNode(text), [text]);
  if (root === null) {
    return (
      <div class="schema-spot" data-testid={testid}>
        <p class="schema-spot__note" data-testid={`${testid}-note`}>
          {`${capitalized(name)}: not JSON, so shown as sent.`}
        </p>
        <LongText text={text} class="code-block" testid={`${testid}-text`} />
      </div>
    );
  }
  const { found, missing } = resolvePath(root, at);
  // JsonTree draws no line for an object or array as a whole, so the whole tree is what is highlighted.
  const whole = found.length === 0 && (root.kind === 'object' || root.kind === 'array');
  return (
    <div class="schema-spot" data-testid={testid}>
      <p class="schema-spot__note" data-testid={`${testid}-note`}>
        {spotNote(name, at, found, missing)}
      </p>
      <WholeValue highlighted={whole}>
        <JsonTree key={formatPath(found)} root={root} focus={whole ? null : found} label={capitalized(name)} testid={`${testid}-tree`} />
      </WholeValue>
    </div>
  );
}

/** The tree, outlined as the spot itself (and brought into view) when the issue is about the value as a whole. */
function WholeValue({ highlighted, children }: { readonly highlighted: boolean; readonly children: ComponentChildren }) {
  const ref = useFocusScroll<HTMLDivElement>(highlighted);
  return (
    <div
      ref={ref}
      class={highlighted ? 'schema-spot__value schema-spot__value--focus' : 'schema-spot__value'}
      data-testid={highlighted ? 'json-tree-focus' : undefined}
    >
      {children}
    </div>
  );
}

function spotNote(name: string, at: readonly PathSegment[], found: readonly PathSegment[], missing: readonly PathSegment[]): string {
  if (at.length === 0) return `The issue concerns ${name} as a whole.`;
  if (missing.length === 0) return `Highlighted: ${formatPath(at)} in ${name}.`;
  if (found.length === 0) return `${formatPath(at)} is not in ${name}; the value as a whole is highlighted.`;
  return `${formatPath(at)} is not in ${name}; ${formatPath(found)}, which lacks it, is highlighted.`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
