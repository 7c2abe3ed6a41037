/**
 * What the toolbar's Export needs, in one chunk loaded when the export menu is first opened
 * (components/transfer/ImportExportButtons.tsx): nothing of it is needed to paint the list.
 */
export { exportHar } from './exportHar';
export { exportJson } from './exportJson';
