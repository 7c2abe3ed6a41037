import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dependencyOf } from './dependencyShares';
import { placeOf } from './profileFrames';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('naming where code comes from', () => {
  it('names a bundled module by its npm package, its project folder, or the bundler', () => {
    expect(dependencyOf(`${root}node_modules/io-ts/es6/index.js`)).toBe('io-ts');
    expect(dependencyOf(`${root}node_modules/@preact/signals-core/dist/signals-core.module.js`)).toBe('@preact/signals-core');
    expect(dependencyOf(`${root}decode/contract.ts`)).toBe('decode/');
    expect(dependencyOf('\0rolldown/runtime.js')).toBe('bundler runtime');
  });

  it('names a profile frame by file, package, or what the engine was doing', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, scriptId: '1', lineNumber: 0, columnNumber: 0 });
    expect(placeOf(frame('', `file://${root}decode/parseJson.ts`))).toBe('decode/parseJson.ts');
    expect(placeOf(frame('', `file://${root}node_modules/io-ts/lib/index.js`))).toBe('io-ts');
    expect(placeOf(frame('(garbage collector)', ''))).toBe('garbage collection');
  });
});
