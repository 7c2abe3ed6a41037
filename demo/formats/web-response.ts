/**
 * Sends a web `Response` (what a Next.js route handler returns, e.g. the AI SDK's
 * `toUIMessageStreamResponse()`) through Node's ServerResponse, chunk by chunk as it is produced.
 */
import type { ServerResponse } from 'node:http';

export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
  res.flushHeaders();
  const reader = response.body?.getReader();
  if (reader === undefined) {
    res.end();
    return;
  }
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    if (res.destroyed) {
      await reader.cancel();
      return;
    }
    res.write(read.value);
  }
  res.end();
}
