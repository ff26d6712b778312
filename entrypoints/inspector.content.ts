import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { hostPermissionPattern } from '../utils/domains/host-match';
import { runInspection } from '../utils/inspection/run-inspection';
import { WATCHED_DOMAIN } from '../utils/domains/allowed-domains';

/**
 * Reads a city page once it has loaded and is idle, within fixed bounds
 * (utils/inspection/page-sample.ts), and reports what it saw to the background.
 *
 * Registered at run time, not in the manifest: the background injects it into the top frame of a
 * city tab when webNavigation reports the load complete (INSPECTOR_FILE in utils/inspection/
 * inject-inspector.ts). A manifest content script, even at document_idle, made Chromium hold the
 * load event of city pages (page-load ratio 1.6× in `npm run bench`); injected after the load it
 * costs the page's load nothing. `matches` only feeds WXT's host_permissions, which already hold
 * the city pattern, so no permission changes; nothing runs on any other site.
 */
export default defineContentScript({
  matches: [hostPermissionPattern(WATCHED_DOMAIN)],
  registration: 'runtime',
  main() {
    runInspection(document, location, { send: (message) => browser.runtime.sendMessage(message) }).catch((error: unknown) => {
      // Never disturb the page: a failed inspection only means no facts this time.
      console.debug('Pantau: page inspection failed', error);
    });
  },
});
