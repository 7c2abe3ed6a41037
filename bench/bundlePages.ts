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
  readonly bytes: number;
  readonly gzip: number;
}

export interface PageBundle {
  readonly files: PageFile[];
  /** The JavaScript chunks among the files, for the per-dependency breakdown. */
  readonly chunks: BuiltChunk[];
  readonly gzip: number;
  readonly jsGzip: number;
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
    bytes: Buffer.byteLength(chunk.code),
    gzip: gzipSize(chunk.code),
  }));
  const cssNames = [...new Set(pageChunks.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]))];
  const cssFiles: PageFile[] = cssNames.flatMap((fileName) => {
    const source = assets.get(fileName)?.source;
    if (source === undefined) return [];
    return [
      { fileName, role: 'css', bytes: typeof source === 'string' ? Buffer.byteLength(source) : source.byteLength, gzip: gzipSize(source) },
    ];
  });
  const files = [...jsFiles, ...cssFiles];
  const sum = (list: readonly PageFile[]): number => list.reduce((total, file) => total + file.gzip, 0);
  return { files, chunks: pageChunks, gzip: sum(files), jsGzip: sum(jsFiles) };
};
