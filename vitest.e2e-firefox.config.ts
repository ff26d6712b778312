import { defineConfig } from 'vitest/config';

// Real-browser tests in Firefox: the built Firefox extension (.output/firefox-mv2) in Debian's
// Firefox ESR, driven by puppeteer-core over WebDriver BiDi. Run after the Chromium suite, one
// file at a time, for the same reason (two browsers on a 2-core machine only slow both).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
