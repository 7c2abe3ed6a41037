import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CapturedExchange, ContractIssue, StreamEvent } from '../../../../decode/index';
import { EventData } from '../events/EventData';
import type { JsonNode } from '../json/jsonNode';
import { parseJsonNode } from '../json/jsonNode';
import { JsonTree } from '../json/JsonTree';
import type { PathSegment } from '../json/jsonPath';
import { formatPath, resolvePath } from '../json/jsonPath';
import { LongText } from '../text/LongText';
import { locateIssue } from './issueLocation';

type Props = {
  readonly issue: ContractIssue;
  readonly captured: CapturedExchange;
  /** The JSON body parsed (null when it is not JSON); null for a stream. */
  readonly bodyTree: JsonNode | null;
  readonly events: readonly StreamEvent[] | null;
  readonly isStream: boolean;
};

/** The selected issue's spot: the JSON body or the stream event, opened at the path and highlighted. */
export function IssueSpot({ issue, captured, bodyTree, events, isStream }: Props) {
  const location = locateIssue(issue.path, isStream);
  if (location.kind === 'unknown') return <Spot note={`${location.why} Nothing is highlighted.`} />;
  if (captured.body === null) return <Spot note="The browser gave no body, so there is nothing to highlight." />;

  if (location.kind === 'body') {
    if (bodyTree === null) {
      return (
        <Spot note="The body is not JSON; here it is as received.">
          <LongText text={captured.body} class="validation-spot__text" testid="validation-spot-text" />
        </Spot>
      );
    }
    const { found, missing } = resolvePath(bodyTree, location.path);
    return (
      <Spot note={placeNote('the response body', location.path, found, missing)} revealed>
        <div class="validation-spot__tree">
          <JsonTree key={formatPath(found)} root={bodyTree} focus={found} label="Response body" testid="validation-spot-tree" />
        </div>
      </Spot>
    );
  }

  const event =
    events?.[location.event]?.index === location.event
      ? events[location.event]
      : events?.find((candidate) => candidate.index === location.event);
  if (event === undefined) return <Spot note={`Event #${location.event} is not in the body the panel has.`} />;
  const eventTree = parseJsonNode(event.data);
  if (eventTree === null) {
    return (
      <Spot note={`Event #${location.event} is highlighted; its data is not JSON.`}>
        <EventData event={event} />
      </Spot>
    );
  }
  const { found, missing } = resolvePath(eventTree, location.path);
  return (
    <Spot note={placeNote(`event #${location.event}`, location.path, found, missing)} revealed>
      <EventData event={event} focus={found} />
    </Spot>
  );
}

type SpotProps = {
  readonly note: string;
  /** True when a highlighted line inside brings itself into view (json/useFocusScroll.ts). */
  readonly revealed?: boolean;
  readonly children?: ComponentChildren;
};

/** The note and what it shows; scrolled into view when shown, unless a highlighted line inside does that. */
function Spot({ note, revealed = false, children }: SpotProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!revealed) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [revealed]);
  return (
    <div class="validation-spot" data-testid="validation-spot" ref={ref}>
      <p class="validation-spot__note" data-testid="validation-spot-note">
        {note}
      </p>
      {children}
    </div>
  );
}

/** Says what is highlighted, and when the field itself is missing, which part of the body stands in for it. */
function placeNote(where: string, path: readonly PathSegment[], found: readonly PathSegment[], missing: readonly PathSegment[]): string {
  if (path.length === 0) return `The issue concerns ${where} as a whole.`;
  if (missing.length === 0) return `Highlighted: ${formatPath(path)} in ${where}.`;
  if (found.length === 0) return `${formatPath(path)} is not in ${where}; its top level is shown.`;
  return `${formatPath(path)} is not in ${where}; the nearest part that is, ${formatPath(found)}, is highlighted.`;
}
