import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension (.output/chrome-mv3) in Debian's Chromium. One browser
// per file, files one after another: two headless Chromiums on a 2-core machine only slow both.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
