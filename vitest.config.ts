import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit tests: Node, WXT's fake browser, fake-indexeddb. Browser behaviour lives in tests/e2e. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto'],
    // `npm test` runs these beside the e2e browsers on 2 cores, where key derivation and
    // thousands of fake-indexeddb rows take several seconds: a timeout here catches a hang,
    // not slowness (speed is measured by `npm run bench`).
    testTimeout: 30_000,
  },
});
