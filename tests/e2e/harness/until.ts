/**
 * Polls until `probe` gives a value (anything but undefined), for at most `timeout` ms.
 * `what` may be a function, to say at the timeout what was last seen.
 */
export async function until<T>(
  probe: () => Promise<T | undefined>,
  what: string | (() => string),
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
