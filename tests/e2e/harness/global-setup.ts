/** Builds the fixture pages once and checks the extension builds are there. */
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { EXTENSION_DIRS } from './browsers';

export default async function setup(): Promise<void> {
  for (const dir of Object.values(EXTENSION_DIRS)) {
    if (!existsSync(`${dir}/manifest.json`))
      throw new Error(`${dir} is missing: run npm run build:e2e first`);
  }
  // scripts/test-all.sh builds them once before starting one process per browser.
  if (process.env.REVERIE_FIXTURES_BUILT !== '1')
    await build({ configFile: 'tests/e2e/fixtures/vite.config.ts' });
}
