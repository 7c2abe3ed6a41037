import { useMemo } from 'preact/hooks';
import type { StreamEvent } from '../../../../decode/index';
import type { PathSegment } from '../json/jsonPath';
import { JsonTree } from '../json/JsonTree';
import { parseJsonNode } from '../json/jsonNode';
import { CopyButton } from '../raw/CopyButton';
import { LongText } from '../text/LongText';

type Props = {
  readonly event: StreamEvent;
  /** A spot inside the event's JSON data to open and highlight. */
  readonly focus?: readonly PathSegment[] | null;
};

/**
 * One event in full: its fields, and its data as a JSON tree (or as text when it is not JSON),
 * opened one level deeper than a body so a chunk's `choices[0].delta` shows at once.
 */
export function EventData({ event, focus = null }: Props) {
  const tree = useMemo(() => parseJsonNode(event.data), [event.data]);
  return (
    <div class="event-data" data-testid="stream-event-detail" data-index={event.index}>
      <div class="event-data__header">
        <span class="event-data__title">{`Event #${event.index}`}</span>
        {event.event === undefined ? null : <span class="event-data__field">{`event: ${event.event}`}</span>}
        {event.id === undefined ? null : <span class="event-data__field">{`id: ${event.id}`}</span>}
        <CopyButton text={() => event.data} what={`event ${event.index} data`} testid="copy-event-data" />
      </div>
      {tree === null ? (
        <LongText text={event.data} class="event-data__text" testid="stream-event-text" />
      ) : (
        <JsonTree
          key={JSON.stringify(focus)}
          root={tree}
          focus={focus}
          label={`Data of event ${event.index}`}
          testid="stream-event-tree"
          openDepth={3}
        />
      )}
    </div>
  );
}
