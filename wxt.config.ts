import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { OPTIONAL_DOMAINS, WATCHED_DOMAIN } from './utils/domains/allowed-domains';
import { hostPermissionPattern } from './utils/domains/host-match';
import { resolve } from 'node:path';
import { zodWithoutEvalProbe } from './scripts/lib/zod-without-eval-probe';
import { PACKAGED_DATA } from './utils/background/packaged-data';

const optionalOrigins = OPTIONAL_DOMAINS.map(hostPermissionPattern);

// The whole permission story lives here, and tests/unit/manifest-permissions.test.ts pins it:
// - `webNavigation`: the only way to see a top-level commit or network error without a content
//   script on every site; URL filters keep the worker asleep for any other host.
// - host permission for the watched city domain only: lets the worker read the tab's title and URL
//   of city pages (no `tabs` permission, which would expose every site's URL).
// - `webRequest`, observation only (no `blocking`, so no `webRequestBlocking`): status, redirects,
//   headers and load errors of top-level city documents; listeners filter on the city pattern and
//   `main_frame`. It reaches only hosts the host permission covers, and adds no install warning
//   of its own (tests/e2e/manifest.e2e.test.ts checks with getPermissionWarningsByManifest).
// - `scripting`: the page inspector (entrypoints/inspector.ts) is injected into a city tab
//   after its load completes, instead of a manifest content script, which held the load event of
//   city pages; it reaches only hosts the host permission covers and adds no install warning.
// - `alarms`: the daily check of the registry update URL (no install warning).
// - optional host permissions for the further domains an administrator may watch
//   (utils/domains/allowed-domains.ts OPTIONAL_DOMAINS, today makassar.go.id): asked for at run time from
//   the settings page, so they add no install warning, and given back when the domain is removed.
//   Listed by name, never an every-host wildcard: Chrome can only grant at run time what is declared here.
// No `storage` (IndexedDB needs none), no `downloads` (exports are blob-URL anchor downloads),
// no `tabs`. docs/inspection.md and docs/registry-upkeep.md explain the choices.
export default defineConfig({
  // Explicit imports everywhere: utils/ must run in plain Node without WXT's auto-import magic.
  imports: false,
  // No webextension-polyfill: every API Pantau calls returns a promise in Chromium MV3 and Firefox,
  // and the worker answers messages with sendResponse (utils/platform/message-listener.ts).
  hooks: {
    // The data files the worker reads on first use (utils/background/packaged-data.ts), copied into
    // the package as they are: generated and checked by npm run build:registry / build:units.
    'build:publicAssets': (_wxt, files) => {
      for (const file of Object.values(PACKAGED_DATA)) files.push({ absoluteSrc: resolve(file.source), relativeDest: file.path });
    },
  },
  vite: () => ({
    plugins: [preact(), zodWithoutEvalProbe()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // The publisher, Diskominfo Kota Makassar (a registry host). The privacy policy ships inside
    // the extension (privacy.html, from docs/privacy.md) and is linked from the settings page.
    homepage_url: 'https://diskominfo.makassarkota.go.id/',
    permissions: ['webNavigation', 'webRequest', 'alarms', 'scripting'],
    host_permissions: [hostPermissionPattern(WATCHED_DOMAIN)],
    // MV3 only (WXT drops the key for MV2); Firefox MV2 lists optional origins in optional_permissions below.
    optional_host_permissions: optionalOrigins,
    action: {
      default_title: '__MSG_extName__',
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          optional_permissions: optionalOrigins,
          browser_specific_settings: {
            gecko: {
              id: 'pantau@diskominfo.makassarkota.go.id',
              strict_min_version: '140.0',
              // Pantau never transmits anything: all records stay in the browser's IndexedDB.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (desktop from 140).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
