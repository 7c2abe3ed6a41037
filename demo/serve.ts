/**
 * Runs the demo server on its own: `npx tsx demo/serve.ts [--port N] [--pacing MS]`.
 * Default port 8787 (PORT in the environment also works; 0 picks a free one).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startDemoServer } from './server';
import { DEMO_DIST_DIR } from './static-files';

const { values } = parseArgs({ options: { port: { type: 'string' }, pacing: { type: 'string' } } });
const port = Number(values.port ?? process.env['PORT'] ?? 8787);
const pacingMs = values.pacing === undefined ? undefined : Number(values.pacing);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, not '${values.port ?? ''}'`);
if (pacingMs !== undefined && !(pacingMs >= 0)) throw new Error(`--pacing must be a number of ms >= 0, not '${values.pacing ?? ''}'`);

const server = await startDemoServer({ port, ...(pacingMs === undefined ? {} : { pacingMs }) }).catch((error: unknown) => {
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Stop the other server or pass --port 0 for a free port.`);
    process.exit(1);
  }
  throw error;
});
console.log(`Demo server: ${server.url}`);
if (!existsSync(DEMO_DIST_DIR)) console.log('The demo page is not built: run `npm run build` to serve it at /.');
console.log('Press Ctrl+C to stop.');

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
