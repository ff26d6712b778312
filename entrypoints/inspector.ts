import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runInspection } from '../utils/inspection/run-inspection';
import { sendRuntimeMessage } from '../utils/platform/runtime-message';

/**
 * Reads a city page once it has loaded and is idle, in short slices within fixed bounds
 * (utils/inspection/page-sample.ts, page-slices.ts), and reports what it saw to the background.
 *
 * Not in the manifest: the background injects it into the top frame of a city tab when
 * webNavigation reports the load complete (INSPECTOR_FILE in utils/inspection/inject-inspector.ts).
 * A manifest content script, even at document_idle, made Chromium hold the load event of city
 * pages (page-load ratio 1.6× in `npm run bench`); injected after the load it costs the page's load
 * nothing. An unlisted script rather than a WXT content script: WXT's content-script wrapper
 * brings its context object and webextension-polyfill (12 of the script's 28 kB) for the one
 * message this script sends, and every byte is parsed in the city page on every inspection.
 * It reaches only hosts the city host permission covers (wxt.config.ts).
 */
export default defineUnlistedScript(() => {
  runInspection(document, location, { send: sendRuntimeMessage }).catch((error: unknown) => {
    // Never disturb the page: a failed inspection only means no facts this time.
    console.debug('Pantau: page inspection failed', error);
  });
});
