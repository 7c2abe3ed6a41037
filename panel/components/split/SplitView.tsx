import type { ComponentChildren, TargetedKeyboardEvent, TargetedPointerEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { SplitLayout } from '../../settings/panelSettings';
import { useStore } from '../../store/storeContext';
import { useMediaQuery } from './useMediaQuery';
import './split.css';

type Props = { readonly list: ComponentChildren; readonly detail: ComponentChildren };

/** Docked to the side DevTools is narrow: the list goes above the detail (split.css uses the same width). */
const STACKED = '(max-width: 720px)';
const KEY_STEP = 0.02;

/**
 * The list and the detail side by side (stacked when narrow) with a handle between them: drag it,
 * or focus it and use the arrow keys. The list's share is remembered per layout in the settings once the drag
 * ends (not on every pointer move, which would write storage sixty times a second).
 */
export function SplitView({ list, detail }: Props) {
  const settings = useStore().settings;
  const stacked = useMediaQuery(STACKED);
  const container = useRef<HTMLElement>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  // Each layout keeps its own share: 55% of a wide panel's width is not what suits a narrow one's height.
  const layout: SplitLayout = stacked ? 'stacked' : 'side-by-side';
  const fraction = dragging ?? (stacked ? settings.stackedListFraction.value : settings.listFraction.value);

  const fractionAt = (event: PointerEvent): number | null => {
    const box = container.current?.getBoundingClientRect();
    if (box === undefined) return null;
    const size = stacked ? box.height : box.width;
    return size > 0 ? (stacked ? event.clientY - box.top : event.clientX - box.left) / size : null;
  };

  const onPointerDown = (event: TargetedPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(fraction);
  };
  const onPointerMove = (event: TargetedPointerEvent<HTMLDivElement>) => {
    if (dragging === null) return;
    const next = fractionAt(event);
    if (next !== null) setDragging(Math.min(0.85, Math.max(0.15, next)));
  };
  const onPointerUp = () => {
    if (dragging === null) return;
    settings.actions.setListFraction(dragging, layout);
    setDragging(null);
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowLeft: -KEY_STEP, ArrowUp: -KEY_STEP, ArrowRight: KEY_STEP, ArrowDown: KEY_STEP }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    settings.actions.setListFraction(fraction + step, layout);
  };

  const percent = Math.round(fraction * 100);
  return (
    <main
      ref={container}
      class={`split${stacked ? ' split--stacked' : ''}${dragging === null ? '' : ' split--dragging'}`}
      style={{ '--list-size': `${percent}%` }}
    >
      {list}
      <div
        class="split__handle"
        role="separator"
        aria-orientation={stacked ? 'horizontal' : 'vertical'}
        aria-label="Resize the request list"
        aria-valuemin={15}
        aria-valuemax={85}
        aria-valuenow={percent}
        tabIndex={0}
        data-testid="split-handle"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      />
      {detail}
    </main>
  );
}
