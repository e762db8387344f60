/**
 * The value of `promise` if it is fulfilled within `ms`, else undefined. A rejection is
 * undefined too: whoever takes the promise itself handles it (the panel's first render,
 * entrypoints/panel/early.ts, waits this way for answers it may start with).
 */
export function fulfilledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((done) => {
    const timer = setTimeout(() => done(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        done(value);
      },
      () => {
        clearTimeout(timer);
        done(undefined);
      },
    );
  });
}
