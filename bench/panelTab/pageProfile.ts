import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import type { HeapProfiler, Profiler, Runtime } from 'node:inspector';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';

/**
 * CPU profiles of the panel page through CDP's Profiler, with each frame named after the TypeScript
 * source it was built from: the extension's scripts are minified, so the build's hidden source
 * maps (extensionBuild.ts `sourceMaps`) lead back to `panel/list/sortRows.ts` and its function.
 */

export const profilePage = async <T>(cdp: CDPSession, work: () => Promise<T>, intervalMicroseconds = 500): Promise<{ result: T; profile: Profiler.Profile }> => {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalMicroseconds });
  await cdp.send('Profiler.start');
  try {
    const result = await work();
    const { profile } = await cdp.send('Profiler.stop');
    return { result, profile };
  } finally {
    await cdp.send('Profiler.disable');
  }
};

/**
 * The objects allocated during `work` that are still alive after it and a full collection, sampled
 * one per `intervalBytes` with the stack that allocated them.
 */
export const sampleHeap = async <T>(cdp: CDPSession, work: () => Promise<T>, intervalBytes = 64 * 1024): Promise<{ result: T; profile: HeapProfiler.SamplingHeapProfile }> => {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: intervalBytes });
  try {
    const result = await work();
    await cdp.send('HeapProfiler.collectGarbage');
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    return { result, profile };
  } finally {
    await cdp.send('HeapProfiler.disable');
  }
};

interface Place {
  /** `panel/list/sortRows.ts`, `preact`, `engine (unattributed)`, `garbage collection`. */
  readonly file: string;
  /** `sortRows (panel/list/sortRows.ts:12)` */
  readonly name: string;
}

/** The fields of a source map (version 3) that SourceMap reads. */
const SourceMapFile = t.intersection([
  t.type({ version: t.number, sources: t.array(t.string), names: t.array(t.string), mappings: t.string }),
  t.partial({ file: t.string, sourceRoot: t.string, sourcesContent: t.array(t.union([t.string, t.null])) }),
]);

const readSourceMap = (file: string): SourceMap | null => {
  const decoded = SourceMapFile.decode(JSON.parse(readFileSync(file, 'utf8')));
  if (E.isLeft(decoded)) return null;
  const { file: name = '', sourceRoot = '', sourcesContent = [], ...fields } = decoded.right;
  return new SourceMap({ ...fields, file: name, sourceRoot, sourcesContent: sourcesContent.map((content) => content ?? '') });
};

/** Where the project's sources sit in a map's `sources` (relative to the temporary build folder). */
const PROJECT_FILE = /(?:^|\/)((?:panel|decode|extension|bench)\/.+)$/;
const PACKAGE = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//;

/** Names the frames of a profile taken in pages of the extension built into `extensionDir`. */
export const sourcePlaces = (extensionDir: string): ((frame: Runtime.CallFrame) => Place) => {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (url: string): SourceMap | null => {
    const path = /^chrome-extension:\/\/[a-p]{32}\/(.+\.js)$/.exec(url)?.[1];
    if (path === undefined) return null;
    if (!maps.has(path)) {
      const file = join(extensionDir, `${path}.map`);
      maps.set(path, existsSync(file) ? readSourceMap(file) : null);
    }
    return maps.get(path) ?? null;
  };
  return (frame) => {
    if (frame.functionName === '(garbage collector)') return { file: 'garbage collection', name: 'garbage collection' };
    if (frame.functionName === '(program)' || frame.functionName === '(idle)' || frame.functionName === '(root)') return { file: frame.functionName, name: frame.functionName };
    if (frame.url === '') return { file: 'engine (unattributed)', name: `${frame.functionName || '(anonymous)'} (engine)` };
    const map = mapOf(frame.url);
    if (map === null) return { file: frame.url.startsWith('chrome-extension://') ? 'panel bundle (no map)' : 'other', name: `${frame.functionName || '(anonymous)'} (${frame.url})` };
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    if (!('originalSource' in entry)) return { file: 'panel bundle (unmapped)', name: frame.functionName || '(anonymous)' };
    const source = entry.originalSource;
    const file = PACKAGE.exec(source)?.[1] ?? PROJECT_FILE.exec(source)?.[1] ?? source;
    // Node fills `name` (the identifier the map gives the position) though its types leave it out.
    const name = 'name' in entry && typeof entry.name === 'string' ? entry.name : frame.functionName;
    return { file, name: `${name === '' ? '(anonymous)' : name} (${file}:${entry.originalLine + 1})` };
  };
};
