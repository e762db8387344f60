import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit tests: Node, WXT's fake browser, fake-indexeddb. Browser behaviour lives in tests/e2e. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto'],
  },
});
