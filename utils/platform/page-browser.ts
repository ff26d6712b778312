import type { WxtBrowser } from 'wxt/browser';

/**
 * The extension API for Pantau's own pages (popup, dashboard, settings), straight from the browser:
 * Firefox's `browser` or Chromium's `chrome`, both promise-based for everything the pages call
 * (runtime messages and URLs, tabs, permissions, i18n). `wxt/browser` is webextension-polyfill in
 * this build, which the worker needs (promise replies from runtime.onMessage in Chromium) but a
 * page does not: it would add ~10 kB to every page's first paint, the popup's above all. The same
 * choice as WXT's own `@wxt-dev/browser` and the inspector (runtime-message.ts).
 */
const native = globalThis as unknown as { browser?: WxtBrowser; chrome?: WxtBrowser };
export const pageBrowser: WxtBrowser = native.browser?.runtime?.id ? native.browser : native.chrome!;
