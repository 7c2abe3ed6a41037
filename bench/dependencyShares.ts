import { fileURLToPath } from 'node:url';
import type { BuiltChunk } from './bundlePages';
import { gzipSize } from './bundlePages';

/**
 * Each dependency's part of a page's JavaScript, from the modules the bundler recorded in each
 * chunk. A module's rendered code is measured before minifying, so its gzip alone is only a
 * proportion: the page's real gzipped size is shared out in proportion to it.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface DependencyShare {
  /** An npm package (`io-ts`, `@preact/signals-core`), a project folder (`decode/`) or the bundler's runtime. */
  readonly name: string;
  readonly renderedBytes: number;
  readonly gzipAlone: number;
  readonly estimatedGzip: number;
  readonly fraction: number;
}

export const dependencyOf = (moduleId: string): string => {
  if (moduleId.startsWith('\0')) return 'bundler runtime';
  const packageName = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(moduleId)?.[1];
  if (packageName !== undefined) return packageName;
  const relative = moduleId.startsWith(ROOT) ? moduleId.slice(ROOT.length) : moduleId;
  const folder = relative.split('/')[0] ?? relative;
  return relative.includes('/') ? `${folder}/` : relative;
};

export const dependencyShares = (chunks: readonly BuiltChunk[], pageJsGzip: number): DependencyShare[] => {
  const codeByDependency = new Map<string, string[]>();
  for (const chunk of chunks) {
    for (const [moduleId, rendered] of Object.entries(chunk.modules)) {
      const code = rendered.code ?? '';
      if (code === '') continue;
      const name = dependencyOf(moduleId);
      codeByDependency.set(name, [...(codeByDependency.get(name) ?? []), code]);
    }
  }
  const measured = [...codeByDependency].map(([name, pieces]) => {
    const code = pieces.join('\n');
    return { name, renderedBytes: Buffer.byteLength(code), gzipAlone: gzipSize(code) };
  });
  const totalAlone = measured.reduce((total, share) => total + share.gzipAlone, 0);
  return measured
    .map((share) => {
      const fraction = totalAlone === 0 ? 0 : share.gzipAlone / totalAlone;
      return { ...share, fraction, estimatedGzip: fraction * pageJsGzip };
    })
    .sort((a, b) => b.gzipAlone - a.gzipAlone);
};
