import { describe, expect, it } from 'vitest';
import { lazyModule } from './lazyModule';

describe('a module loaded when first needed', () => {
  it('is not there before its load, is fetched once however often it is asked for, and is there after', async () => {
    let imports = 0;
    const exporters = lazyModule(() => {
      imports += 1;
      return Promise.resolve({ exportHar: () => 'har text' });
    });
    expect(exporters.loaded()).toBeNull();
    const [first, second] = await Promise.all([exporters.load(), exporters.load()]);
    expect(first).toBe(second);
    expect(imports).toBe(1);
    expect(exporters.loaded()?.exportHar()).toBe('har text');
  });

  it('forgets a failed load, so the next one fetches again', async () => {
    let imports = 0;
    const exporters = lazyModule(() => {
      imports += 1;
      return imports === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ ok: true });
    });
    await expect(exporters.load()).rejects.toThrow('Failed to fetch dynamically imported module');
    expect(exporters.loaded()).toBeNull();
    await expect(exporters.load()).resolves.toEqual({ ok: true });
    expect(imports).toBe(2);
    expect(exporters.loaded()).toEqual({ ok: true });
  });
});
