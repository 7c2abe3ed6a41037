import { gzipSync } from 'node:zlib';
import type { build } from 'vite';

/** What one extension page loads, from the bundle's chunk graph. */

type BuildResult = Awaited<ReturnType<typeof build>>;
export type BuiltItem = Extract<BuildResult, { output: unknown }>['output'][number];
export type BuiltChunk = Extract<BuiltItem, { type: 'chunk' }>;
type BuiltAsset = Extract<BuiltItem, { type: 'asset' }>;

export const gzipSize = (content: string | Uint8Array): number => gzipSync(content).length;

export interface PageFile {
  readonly fileName: string;
  readonly role: 'entry' | 'imported' | 'lazy' | 'css';
  /** Loaded before the page's first render: the entry, what it imports statically, and their CSS. */
  readonly firstPaint: boolean;
  readonly bytes: number;
  readonly gzip: number;
}

export interface PageBundle {
  readonly files: PageFile[];
  /** The JavaScript chunks among the files, for the per-dependency breakdown. */
  readonly chunks: BuiltChunk[];
  readonly gzip: number;
  readonly jsGzip: number;
  /** What the page loads before its first render (issue 16, item 4): the files with `firstPaint`. */
  readonly firstPaintGzip: number;
}

const isChunk = (item: BuiltItem): item is BuiltChunk => item.type === 'chunk';
const isAsset = (item: BuiltItem): item is BuiltAsset => item.type === 'asset';

/** The chunks reachable from `start` through `next`, in visiting order. */
const closure = (start: readonly string[], next: (fileName: string) => readonly string[]): string[] => {
  const seen = new Set<string>();
  const queue = [...start];
  for (let fileName = queue.shift(); fileName !== undefined; fileName = queue.shift()) {
    if (seen.has(fileName)) continue;
    seen.add(fileName);
    queue.push(...next(fileName));
  }
  return [...seen];
};

/** The page whose entry chunk is named `entryName` (`panel`, `devtools`): its chunks and their CSS. */
export const pageOf = (items: readonly BuiltItem[], entryName: string): PageBundle => {
  const chunks = new Map(items.filter(isChunk).map((chunk) => [chunk.fileName, chunk]));
  const assets = new Map(items.filter(isAsset).map((asset) => [asset.fileName, asset]));
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.name === entryName);
  if (entry === undefined) throw new Error(`the build has no entry chunk named ${entryName}`);
  const staticFiles = closure([entry.fileName], (fileName) => chunks.get(fileName)?.imports ?? []);
  const reachable = closure([entry.fileName], (fileName) => {
    const chunk = chunks.get(fileName);
    return chunk === undefined ? [] : [...chunk.imports, ...chunk.dynamicImports];
  });
  const pageChunks = reachable.flatMap((fileName) => {
    const chunk = chunks.get(fileName);
    return chunk === undefined ? [] : [chunk];
  });
  const jsFiles: PageFile[] = pageChunks.map((chunk) => ({
    fileName: chunk.fileName,
    role: chunk === entry ? 'entry' : staticFiles.includes(chunk.fileName) ? 'imported' : 'lazy',
    firstPaint: staticFiles.includes(chunk.fileName),
    bytes: Buffer.byteLength(chunk.code),
    gzip: gzipSize(chunk.code),
  }));
  const cssOf = (list: readonly BuiltChunk[]): string[] => list.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]);
  // A lazy chunk's CSS is loaded with it; CSS any static chunk imports is there before the first render.
  const firstPaintCss = new Set(cssOf(pageChunks.filter((chunk) => staticFiles.includes(chunk.fileName))));
  const cssFiles: PageFile[] = [...new Set(cssOf(pageChunks))].flatMap((fileName) => {
    const source = assets.get(fileName)?.source;
    if (source === undefined) return [];
    const bytes = typeof source === 'string' ? Buffer.byteLength(source) : source.byteLength;
    return [{ fileName, role: 'css', firstPaint: firstPaintCss.has(fileName), bytes, gzip: gzipSize(source) }];
  });
  const files = [...jsFiles, ...cssFiles];
  const sum = (list: readonly PageFile[]): number => list.reduce((total, file) => total + file.gzip, 0);
  return {
    files,
    chunks: pageChunks,
    gzip: sum(files),
    jsGzip: sum(jsFiles),
    firstPaintGzip: sum(files.filter((file) => file.firstPaint)),
  };
};
