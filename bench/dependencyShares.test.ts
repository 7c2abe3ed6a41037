import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dependencyOf } from './dependencyShares';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('naming where bundled code comes from', () => {
  it('names a bundled module by its npm package, its project folder, or the bundler', () => {
    expect(dependencyOf(`${root}node_modules/io-ts/es6/index.js`)).toBe('io-ts');
    expect(dependencyOf(`${root}node_modules/@preact/signals-core/dist/signals-core.module.js`)).toBe('@preact/signals-core');
    expect(dependencyOf(`${root}decode/contract.ts`)).toBe('decode/');
    expect(dependencyOf('\0rolldown/runtime.js')).toBe('bundler runtime');
  });
});
