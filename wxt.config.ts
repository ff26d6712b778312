import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { WATCHED_DOMAIN } from './utils/watched-domain';
import { hostPermissionPattern } from './utils/host-match';

// The whole permission story lives here, and tests/unit/manifest-permissions.test.ts pins it:
// - `webNavigation`: the only way to see a top-level commit or network error without a content
//   script on every site; URL filters keep the worker asleep for any other host.
// - host permission for the watched city domain only: lets the worker read the tab's title and URL
//   of city pages (no `tabs` permission, which would expose every site's URL).
// - `webRequest`, observation only (no `blocking`, so no `webRequestBlocking`): status, redirects,
//   headers and load errors of top-level city documents; listeners filter on the city pattern and
//   `main_frame`. It reaches only hosts the host permission covers, and adds no install warning
//   of its own (tests/e2e/manifest.e2e.test.ts checks with getPermissionWarningsByManifest).
// - the content script (entrypoints/inspector.content.ts) is declared for the city pattern only;
//   it needs no permission beyond the host permission.
// No `storage` (IndexedDB needs none), no `downloads` (exports are blob-URL anchor downloads),
// no `tabs`, no `scripting`. docs/inspection.md explains the choice.
export default defineConfig({
  // Explicit imports everywhere: utils/ must run in plain Node without WXT's auto-import magic.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    permissions: ['webNavigation', 'webRequest'],
    host_permissions: [hostPermissionPattern(WATCHED_DOMAIN)],
    action: {
      default_title: '__MSG_extName__',
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pantau@diskominfo.makassarkota.go.id',
              strict_min_version: '140.0',
              // Pantau never transmits anything: all records stay in the browser's IndexedDB.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
