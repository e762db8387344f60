/** The eager content script's gzip size, from the store builds (budget asserted in tests/build). */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Measure } from '../lib/types';

export const contentGzip: Measure = {
  id: 'gzip',
  run: async () =>
    ['chrome-mv3', 'firefox-mv3']
      .filter((build) => existsSync(`.output/${build}/content-scripts/content.js`))
      .map((build) => ({
        measure: 'eager content script, gzip',
        browser: build.startsWith('chrome') ? 'chromium' : 'firefox',
        unit: 'KB' as const,
        budget: { on: 'value' as const, limit: 10, text: '≤ 10 KB' },
        samples: [gzipSync(readFileSync(`.output/${build}/content-scripts/content.js`)).length / 1024],
        note: `\`.output/${build}/content-scripts/content.js\` gzipped (level 6); KB = 1,024 bytes.`,
      })),
};
