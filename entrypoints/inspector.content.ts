import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { hostPermissionPattern } from '../utils/host-match';
import { runInspection } from '../utils/inspection/run-inspection';
import { WATCHED_DOMAIN } from '../utils/watched-domain';

/**
 * Reads each city page once it has loaded and is idle, within fixed bounds
 * (utils/inspection/page-sample.ts), and reports what it saw to the background. Declared for the
 * city domain only: the pattern also matches the bare domain, and nothing runs on any other
 * site. Top frame only (WXT's default), so a city page framed by another site is not inspected.
 */
export default defineContentScript({
  matches: [hostPermissionPattern(WATCHED_DOMAIN)],
  runAt: 'document_idle',
  main() {
    runInspection(document, location, { send: (message) => browser.runtime.sendMessage(message) }).catch((error: unknown) => {
      // Never disturb the page: a failed inspection only means no facts this time.
      console.debug('Pantau: page inspection failed', error);
    });
  },
});
