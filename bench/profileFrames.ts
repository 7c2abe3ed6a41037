import { readFileSync } from 'node:fs';
import { findSourceMap } from 'node:module';
import type { Runtime } from 'node:inspector';
import { fileURLToPath } from 'node:url';

/**
 * Readable names for profile frames. tsx compiles the TypeScript with its whitespace minified and
 * names kept through a helper call, so V8 sees decode/ functions as anonymous and all on line 1;
 * the source map tsx registers leads back to the original line, whose declaration names the function.
 */

/** Where a frame's code lives, short enough for a table: `decode/sse.ts`, `io-ts`, `garbage collection`. */
export const placeOf = (frame: Runtime.CallFrame): string => {
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  if (frame.url === '') return 'engine (unattributed)';
  const packageName = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(frame.url)?.[1];
  if (packageName !== undefined) return packageName;
  const project = /\/(decode|bench|cli|panel|extension)\/([^/?]+)(?:\?.*)?$/.exec(frame.url);
  if (project?.[1] === 'bench') return 'bench/ (the harness)';
  if (project?.[1] !== undefined && project[2] !== undefined) return `${project[1]}/${project[2]}`;
  if (frame.url.startsWith('node:')) return 'node internals';
  return 'other';
};

const sourceLines = new Map<string, string[]>();

const originalLine = (url: string, line: number): string => {
  let lines = sourceLines.get(url);
  if (lines === undefined) {
    try {
      lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
    } catch {
      lines = [];
    }
    sourceLines.set(url, lines);
  }
  return lines[line] ?? '';
};

const DECLARED = /(?:function\*?\s+|(?:const|let|var)\s+|^\s*(?:static\s+|async\s+|readonly\s+|#)*)([A-Za-z_$][\w$]*)\s*(?:=|\(|<)/;

/** `findExtensions (decode/extensions.ts:22)`, or `(callback) (decode/x.ts:40)` for an inline function. */
export const frameName = (frame: Runtime.CallFrame): string => {
  const place = placeOf(frame);
  if (!frame.url.startsWith('file:')) return `${frame.functionName === '' ? '(anonymous)' : frame.functionName} (${place})`;
  const entry = findSourceMap(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  const mapped = entry !== undefined && 'originalLine' in entry;
  const line = mapped ? entry.originalLine : frame.lineNumber;
  const source = mapped ? entry.originalSource : frame.url;
  const declared = frame.functionName !== '' ? frame.functionName : (DECLARED.exec(originalLine(source, line))?.[1] ?? '(callback)');
  return `${declared} (${place}:${line + 1})`;
};
