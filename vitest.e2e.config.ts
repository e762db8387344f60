import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium and Firefox ESR with the e2e build (npm run build:e2e). */
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one browser at a time keeps timings honest and the machine responsive.
    fileParallelism: false,
  },
});
