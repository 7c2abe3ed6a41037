import { useStore } from '../../store/storeContext';

/** Off (the default, as in DevTools' Network panel): a new document in the inspected page clears the log. */
export function PreserveLog() {
  const store = useStore();
  return (
    <label class="toolbar__check" title="Keep the log when the inspected page loads a new document">
      <input
        type="checkbox"
        checked={store.preserveLog.value}
        data-testid="preserve-log"
        onChange={(event) => {
          store.actions.setPreserveLog(event.currentTarget.checked);
        }}
      />
      Preserve log
    </label>
  );
}
