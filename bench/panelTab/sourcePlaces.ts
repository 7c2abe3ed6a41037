import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import type { Runtime } from 'node:inspector';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { HARNESS_SCRIPT_URL } from './harnessBundle';

/**
 * Names for the frames of a profile taken in the panel page, after the TypeScript source each was
 * built from: the extension's scripts are minified, so the build's hidden source maps
 * (extensionBuild.ts `sourceMaps`) lead back to `panel/list/sortRows.ts` and its function.
 */

export interface Place {
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

const parseSourceMap = (json: string): SourceMap | null => {
  const decoded = SourceMapFile.decode(JSON.parse(json));
  if (E.isLeft(decoded)) return null;
  const { file: name = '', sourceRoot = '', sourcesContent = [], ...fields } = decoded.right;
  return new SourceMap({ ...fields, file: name, sourceRoot, sourcesContent: sourcesContent.map((content) => content ?? '') });
};

/** Where the project's sources sit in a map's `sources` (relative to the temporary build folder). */
const PROJECT_FILE = /(?:^|\/)((?:panel|decode|extension|bench)\/.+)$/;
const PACKAGE = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//;

const INLINE_MAP = /\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)/;

/** The source map a script carries inline (the harness bundle's), or null. */
const inlineSourceMap = (script: string): SourceMap | null => {
  const base64 = INLINE_MAP.exec(script)?.[1];
  return base64 === undefined ? null : parseSourceMap(Buffer.from(base64, 'base64').toString('utf8'));
};

/**
 * Names the frames of a profile taken in pages of the extension built into `extensionDir`, with
 * the harness injected (`harnessScript`, whose inline map names the capture code it runs).
 */
export const sourcePlaces = (extensionDir: string, harnessScript = ''): ((frame: Runtime.CallFrame) => Place) => {
  const maps = new Map<string, SourceMap | null>([[HARNESS_SCRIPT_URL, inlineSourceMap(harnessScript)]]);
  const mapOf = (url: string): SourceMap | null => {
    if (maps.has(url)) return maps.get(url) ?? null;
    const path = /^chrome-extension:\/\/[a-p]{32}\/(.+\.js)$/.exec(url)?.[1];
    const file = path === undefined ? '' : join(extensionDir, `${path}.map`);
    maps.set(url, file !== '' && existsSync(file) ? parseSourceMap(readFileSync(file, 'utf8')) : null);
    return maps.get(url) ?? null;
  };
  return (frame) => {
    if (frame.functionName === '(garbage collector)') return { file: 'garbage collection', name: 'garbage collection' };
    if (frame.functionName === '(program)' || frame.functionName === '(idle)' || frame.functionName === '(root)') return { file: frame.functionName, name: frame.functionName };
    if (frame.url === '') return { file: 'engine (unattributed)', name: `${frame.functionName || '(anonymous)'} (engine)` };
    const map = mapOf(frame.url);
    if (map === null) return { file: frame.url.startsWith('chrome-extension://') ? 'panel bundle (no map)' : frame.url, name: `${frame.functionName || '(anonymous)'} (${frame.url})` };
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    if (!('originalSource' in entry)) return { file: 'panel bundle (unmapped)', name: frame.functionName || '(anonymous)' };
    const source = entry.originalSource;
    const file = PACKAGE.exec(source)?.[1] ?? PROJECT_FILE.exec(source)?.[1] ?? source;
    // Node fills `name` (the identifier the map gives the position) though its types leave it out.
    const name = 'name' in entry && typeof entry.name === 'string' ? entry.name : frame.functionName;
    return { file, name: `${name === '' ? '(anonymous)' : name} (${file}:${entry.originalLine + 1})` };
  };
};
