import { describe, expect, it } from 'vitest';
import { newDocumentFilter, type InspectedWindow } from './newDocumentFilter';
import { settle } from '../testing/settle';

/** A page whose time origin changes only when the test "loads a new document". */
/** Firefox resolves `[result, exceptionInfo]`; the polyfill resolves Chrome's lone `result` as itself. */
function fakePage(style: 'chrome' | 'firefox') {
  let origin = 1000.5;
  const inspected: InspectedWindow = {
    eval(expression) {
      expect(expression).toBe('performance.timeOrigin');
      return Promise.resolve(style === 'firefox' ? [origin, undefined] : origin);
    },
  };
  return {
    inspected,
    loadNewDocument: () => {
      origin += 5000;
    },
  };
}

describe('newDocumentFilter', () => {
  for (const style of ['chrome', 'firefox'] as const) {
    it(`ignores a pushState route change and reports a reload (${style})`, async () => {
      const page = fakePage(style);
      const reported: string[] = [];
      const navigated = newDocumentFilter(page.inspected, (url) => reported.push(url));
      await settle();
      navigated('https://app.example/settings'); // pushState: same document
      await settle();
      page.loadNewDocument();
      navigated('https://app.example/'); // reload: new document
      await settle();
      expect(reported).toEqual(['https://app.example/']);
    });
  }

  it('treats a navigation as a new document when the origin cannot be read', async () => {
    const reported: string[] = [];
    const refusing: InspectedWindow = { eval: () => Promise.resolve([undefined, { isException: true }]) };
    const navigated = newDocumentFilter(refusing, (url) => reported.push(url));
    navigated('https://app.example/');
    await settle();
    expect(reported).toEqual(['https://app.example/']);
  });
});
