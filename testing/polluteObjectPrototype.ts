/**
 * Runs `work` while Object.prototype has an enumerable property, as only a script that polluted it
 * adds: the plain readers of decode/ turn themselves off then (enumerableInheritance.ts) and the
 * contract walk reads every value, so a test compares what they answer with what the walk answers.
 * Synchronous work only: the property is gone again when `work` returns, before any promise settles.
 */
export const whilePrototypePolluted = <T>(work: () => T): T => {
  Reflect.defineProperty(Object.prototype, 'polluted', { value: 'inherited', enumerable: true, configurable: true, writable: true });
  try {
    return work();
  } finally {
    Reflect.deleteProperty(Object.prototype, 'polluted');
  }
};
