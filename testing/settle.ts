/**
 * Resolves after the promises already queued have run and one macrotask has passed: for a test to
 * wait until code that awaits a (fake) browser answer has carried on, without timing anything.
 */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
