/**
 * Finds controls by ARIA role and accessible name inside a Puppeteer (Firefox) frame with
 * in-page code (in-page/find-by-role.ts, bundled once per test process), the way
 * Playwright's getByRole does it in Chromium. See in-page/find-by-role.ts for why not
 * Firefox's accessibility tree.
 */
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { ElementHandle, Frame } from 'puppeteer-core';

const SOURCE = buildSync({
  entryPoints: [resolve(import.meta.dirname, 'in-page/find-by-role.ts')],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2022',
  write: false,
}).outputFiles[0]!.text;

/**
 * The first element in the frame's document with `role` and exactly the accessible name
 * `name` (whitespace normalised), or undefined. The finder is installed into a document the
 * first time it is asked there (script evaluation, so extension pages' CSP does not apply).
 */
export async function queryByRole(
  frame: Frame,
  role: string,
  name: string,
): Promise<ElementHandle | undefined> {
  const args = `${JSON.stringify(role)}, ${JSON.stringify(name)}`;
  const handle = await frame.evaluateHandle(
    `(globalThis.__reverieFindByRole ?? (() => { ${SOURCE}; return globalThis.__reverieFindByRole; })())(${args})`,
  );
  const element = handle.asElement();
  if (element) return element as ElementHandle;
  await handle.dispose();
  return undefined;
}
