import type { QuickToggle } from '../../list/filterRows';
import { useStore } from '../../store/storeContext';

const toggles: readonly { readonly id: QuickToggle; readonly label: string; readonly title: string; readonly testid: string }[] = [
  { id: 'streams', label: 'Streams', title: 'Only streamed responses (server-sent events)', testid: 'toggle-streams' },
  {
    id: 'errors',
    label: 'Errors',
    title: 'Only failures: HTTP errors, error bodies, streams that ended in an error',
    testid: 'toggle-errors',
  },
  {
    id: 'nonConforming',
    label: 'Non-conforming',
    title: 'Only responses that break their wire format’s contract',
    testid: 'toggle-non-conforming',
  },
];

/** "Only …" switches beside the filter, like DevTools' request-type buttons; several on narrow further. */
export function QuickToggles() {
  const list = useStore().list;
  const on = list.toggles.value;
  return (
    <span class="quick-toggles" role="group" aria-label="Show only">
      {toggles.map((toggle) => (
        <button
          key={toggle.id}
          type="button"
          class="quick-toggle"
          aria-pressed={on[toggle.id]}
          title={toggle.title}
          data-testid={toggle.testid}
          onClick={() => {
            list.actions.setToggle(toggle.id, !on[toggle.id]);
          }}
        >
          {toggle.label}
        </button>
      ))}
    </span>
  );
}
