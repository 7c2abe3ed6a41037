import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../store/storeContext';
import { importHarFile } from './importHarFile';
import './transfer.css';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Drop a HAR file anywhere on the panel to import it. Listens on the document so no layout element
 * has to wrap the panel; dragover must be cancelled or the browser refuses the drop, and drop must
 * be cancelled or the panel page navigates to the file.
 */
export function HarDropTarget() {
  const transfer = useStore().transfer;
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the drag left.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file !== undefined) void importHarFile(transfer, file);
    };
    document.addEventListener('dragenter', enter);
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragenter', enter);
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [transfer]);
  if (!dragging) return null;
  return (
    <div class="har-drop-overlay" data-testid="har-drop-overlay" aria-hidden="true">
      <p>Drop a HAR file to add its LLM requests</p>
    </div>
  );
}
