#!/usr/bin/env node
// `llm-inspect ... | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  // Node 20 cannot run TypeScript itself: tsx's loader compiles main.ts and the decode/ modules it imports.
  // Imported here, not statically, so a missing tsx is reported in one line like any other failure.
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('./main.ts');
  process.exitCode = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
} catch (error) {
  // decode/ never throws by design; anything landing here is a bug, reported in one line as promised.
  process.stderr.write(`llm-inspect: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
