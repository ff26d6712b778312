import type { WxtBrowser } from 'wxt/browser';

/**
 * The extension API for Pantau's own pages (popup, dashboard, settings), straight from the browser:
 * Firefox's `browser` or Chromium's `chrome`, both promise-based for everything the pages call
 * (runtime messages and URLs, tabs, permissions, i18n). The same choice as WXT's own
 * `@wxt-dev/browser` (what `wxt/browser` is now that the build has no webextension-polyfill) and the
 * inspector (runtime-message.ts), spelled out so a page's first chunk carries nothing more.
 */
const native = globalThis as unknown as { browser?: WxtBrowser; chrome?: WxtBrowser };
export const pageBrowser: WxtBrowser = native.browser?.runtime?.id ? native.browser : native.chrome!;
