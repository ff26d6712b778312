// Must stay the first import: see utils/zod-jitless.ts.
import '../utils/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeTitle, type BadgeState } from '../utils/badge';
import { createDbProvider } from '../utils/db/open-db';
import { hostPermissionPattern } from '../utils/host-match';
import { t, uiLanguage } from '../utils/i18n';
import type { MessageSenderLike } from '../utils/messages';
import { createNavigationListeners, type NavigationEvents } from '../utils/navigation-listeners';
import { createPantauService, type NavigationDetails, type ResponseDetails } from '../utils/pantau-service';
import { injectInspector } from '../utils/inspection/inject-inspector';
import { actionAlarmStore, createRecordingAlarm } from '../utils/recording-alarm';
import { ensureRegistryAlarm, REGISTRY_ALARM } from '../utils/registry/registry-alarm';
import { BUNDLED_REGISTRY } from '../utils/registry/bundled';
import { ALLOWED_DOMAINS, WATCHED_DOMAIN } from '../utils/watched-domain';

/**
 * Wiring only. Every listener is registered synchronously at start-up, because the MV3 worker is
 * woken by an event and must have its listener in place before the first turn ends; all state is
 * in IndexedDB (the registry in force and the watched domains included), opened lazily by the first
 * event that needs it.
 */
export default defineBackground(() => {
  // MV2 (Firefox) calls it browserAction; both have the same badge methods.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const log = (what: string) => (error: unknown) => console.error(`Pantau: ${what} failed`, error);

  const name = browser.i18n.getMessage('extName') || 'Pantau';
  const recordingAlarm = createRecordingAlarm(
    actionAlarmStore(
      action,
      (problem) => `${name}: ${browser.i18n.getMessage(problem === 'storage-full' ? 'errorStorageFull' : 'errorInternal')}`,
      name,
    ),
  );

  const service = createPantauService({
    getDb: createDbProvider(),
    bundled: BUNDLED_REGISTRY,
    extension: { version: browser.runtime.getManifest().version, browser: import.meta.env.BROWSER },
    setBadge: (tabId, badge) => applyBadge(action, tabId, badge),
    getTabTitle: async (tabId) => (await browser.tabs.get(tabId)).title,
    // WXT types `files` as its own list of built paths; INSPECTOR_FILE is one of them.
    inspectPage: (tabId) =>
      injectInspector(
        { executeScript: (injection) => browser.scripting.executeScript(injection as Parameters<typeof browser.scripting.executeScript>[0]) },
        tabId,
      ),
    recordingAlarm,
    // The update URL only: checkRegistryUrl refuses any address off the watched domains.
    fetchFn: (url, init) => fetch(url, init),
    permissions: {
      contains: (origins) => browser.permissions.contains({ origins }),
      remove: (origins) => browser.permissions.remove({ origins }),
    },
  });

  const navigation = createNavigationListeners<NavigationDetails>(
    // Pantau reads only these fields of the browser's details objects.
    browser.webNavigation as unknown as NavigationEvents<NavigationDetails>,
    {
      onBeforeNavigate: (details) => service.onBeforeNavigate(details),
      onCommitted: (details) => void service.onCommitted(details).catch(log('recording a visit')),
      onErrorOccurred: (details) => void service.onErrorOccurred(details).catch(log('recording a failed visit')),
      onCompleted: (details) => void service.onCompleted(details).catch(log('recording a title')),
    },
  );
  // Synchronously, once, with the broadest filter Pantau may ever need (the default domain and the
  // optional ones the manifest declares, all city domains); the service drops every event whose host
  // is not under a domain in the stored list. The filter is never narrowed afterwards: removing and
  // re-adding a listener at each worker start opened a window in which Chromium delivered a
  // navigation to no listener (tests/e2e/worker-chaos.e2e.test.ts lost 1 visit in 33 that way).
  navigation.listen(ALLOWED_DOMAINS);
  void service.reconcileDomains().catch(log('reading the watched domains'));

  // A permission taken away in chrome://extensions stops the watching of its domain.
  browser.permissions.onRemoved.addListener(() => void service.reconcileDomains().catch(log('updating the watched domains')));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REGISTRY_ALARM) void service.runScheduledCheck().catch(log('checking the registry update URL'));
  });
  void ensureRegistryAlarm(browser.alarms).catch(log('scheduling the registry check'));

  // Observation only (no `blocking`): top-level documents of the default city domain, nothing
  // else, so the worker is never woken for another site or for a city page's images and scripts.
  // Inspection covers the domain declared in the manifest (see INSPECTED_DOMAINS).
  const responses = { urls: [hostPermissionPattern(WATCHED_DOMAIN)], types: ['main_frame' as const] };
  browser.webRequest.onBeforeRedirect.addListener(
    (details) => void service.onBeforeRedirect(details as ResponseDetails).catch(log('recording a redirect')),
    responses,
  );
  browser.webRequest.onCompleted.addListener(
    (details) => void service.onResponseCompleted(details as ResponseDetails).catch(log('recording a response')),
    responses,
    ['responseHeaders'],
  );
  browser.webRequest.onErrorOccurred.addListener(
    (details) => void service.onResponseError(details as ResponseDetails).catch(log('recording a failed response')),
    responses,
  );

  const self = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    service.handleMessage(message, sender as MessageSenderLike, self),
  );
});

async function applyBadge(action: typeof browser.action, tabId: number, badge: BadgeState): Promise<void> {
  const title = badgeTitle(badge, t, uiLanguage());
  try {
    await Promise.all([
      action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      action.setBadgeText({ tabId, text: badge.text }),
      action.setTitle({ tabId, title }),
    ]);
  } catch (error) {
    // The tab may have closed between the event and now; the record is already stored.
    if (!String(error).includes('No tab with id')) throw error;
  }
}
