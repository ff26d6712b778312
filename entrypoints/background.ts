// Must stay the first import: see utils/zod-jitless.ts.
import '../utils/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeTitle, type BadgeState } from '../utils/badge';
import { createDbProvider } from '../utils/db/open-db';
import { hostPermissionPattern, navigationUrlFilters } from '../utils/host-match';
import { t, uiLanguage } from '../utils/i18n';
import type { MessageSenderLike } from '../utils/messages';
import { createPantauService, type NavigationDetails, type ResponseDetails } from '../utils/pantau-service';
import { actionAlarmStore, createRecordingAlarm } from '../utils/recording-alarm';
import { BUNDLED_REGISTRY } from '../utils/registry/bundled';
import { createRegistryIndex } from '../utils/registry/registry-index';
import { WATCHED_DOMAIN } from '../utils/watched-domain';

/**
 * Wiring only. Every listener is registered synchronously at start-up, because the MV3 worker is
 * woken by an event and must have its listener in place before the first turn ends; all state is
 * in IndexedDB, opened lazily by the first event that needs it.
 */
export default defineBackground(() => {
  const domains = [WATCHED_DOMAIN];
  // MV2 (Firefox) calls it browserAction; both have the same badge methods.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

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
    index: createRegistryIndex(BUNDLED_REGISTRY, domains),
    registryVersion: BUNDLED_REGISTRY.version,
    domains,
    extension: { version: browser.runtime.getManifest().version, browser: import.meta.env.BROWSER },
    setBadge: (tabId, badge) => applyBadge(action, tabId, badge),
    getTabTitle: async (tabId) => (await browser.tabs.get(tabId)).title,
    recordingAlarm,
  });

  const filter = { url: navigationUrlFilters(domains) };
  const log = (what: string) => (error: unknown) => console.error(`Pantau: ${what} failed`, error);

  browser.webNavigation.onCommitted.addListener(
    (details) => void service.onCommitted(details as NavigationDetails).catch(log('recording a visit')),
    filter,
  );
  browser.webNavigation.onErrorOccurred.addListener(
    (details) => void service.onErrorOccurred(details as NavigationDetails).catch(log('recording a failed visit')),
    filter,
  );
  browser.webNavigation.onCompleted.addListener(
    (details) => void service.onCompleted(details as NavigationDetails).catch(log('recording a title')),
    filter,
  );

  // Observation only (no `blocking`): top-level documents of the city domains, nothing else, so
  // the worker is never woken for another site or for a city page's images and scripts.
  const responses = { urls: domains.map(hostPermissionPattern), types: ['main_frame' as const] };
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
