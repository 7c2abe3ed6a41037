import { useEffect, useState } from 'preact/hooks';
import { formatDuration } from '../../format/duration';
import type { ColumnId } from '../../list/columns';
import { gridCell } from './GridCell';

/** How often an in-flight row's elapsed time is redrawn: readable, and cheap with 20 streams open. */
const TICK_MS = 250;

/** The duration cell of a request still in flight (Live): time since its start, ticking. */
export function ElapsedTime({ id, since }: { readonly id: ColumnId; readonly since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, TICK_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  const elapsed = formatDuration(Math.max(0, now - since));
  return gridCell({ id, numeric: true, class: 'cell--elapsed', title: `in flight for ${elapsed}`, children: elapsed });
}
