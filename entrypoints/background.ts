// Must stay the first import: see utils/platform/zod-jitless.ts.
import '../utils/platform/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDbProvider } from '../utils/db/open-db';
import { hostPermissionPattern } from '../utils/domains/host-match';
import { actionAlarmStoreOf, applyBadge, browserAction } from '../utils/platform/badge-action';
import type { MessageSenderLike } from '../utils/messaging/senders';
import { createNavigationListeners, type NavigationEvents } from '../utils/background/navigation-listeners';
import { createBackground, type NavigationDetails, type ResponseDetails } from '../utils/background/create-background';
import { injectInspector } from '../utils/inspection/inject-inspector';
import { createRecordingAlarm } from '../utils/background/recording-alarm';
import { ensureRegistryAlarm, REGISTRY_ALARM } from '../utils/registry/registry-alarm';
import { checkBundledRegistry } from '../utils/registry/bundled-check';
import { checkOpdList } from '../utils/registry/opd-list-schema';
import { checkBundledUnitPlan } from '../utils/units/bundled-plan-check';
import { lazily, PACKAGED_DATA } from '../utils/background/packaged-data';
import { readPackagedJson } from '../utils/platform/packaged-file';
import { openDocuments } from '../utils/platform/open-documents';
import { listenForMessages } from '../utils/platform/message-listener';
import { ALLOWED_DOMAINS, WATCHED_DOMAIN } from '../utils/domains/allowed-domains';

/**
 * Wiring only. Every listener is registered synchronously at start-up, because the MV3 worker is
 * woken by an event and must have its listener in place before the first turn ends; all state is
 * in IndexedDB (the registry in force and the watched domains included), opened lazily by the first
 * event that needs it.
 */
export default defineBackground(() => {
  const action = browserAction();
  const log = (what: string) => (error: unknown) => console.error(`Pantau: ${what} failed`, error);
  const recordingAlarm = createRecordingAlarm(actionAlarmStoreOf(action));

  const service = createBackground({
    getDb: createDbProvider(),
    // Read from the package and checked on first use, not at every worker start.
    bundled: lazily(async () => checkBundledRegistry(await readPackagedJson(PACKAGED_DATA.registry.path))),
    unitPlan: lazily(async () => checkBundledUnitPlan(await readPackagedJson(PACKAGED_DATA.unitPlan.path))),
    opdUnits: lazily(async () => checkOpdList(await readPackagedJson(PACKAGED_DATA.opdList.path))),
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
  // A worker stopped while a page's events were in flight lost them; a page still open in a city
  // tab is counted now if no event counted it (by its document id, so never twice).
  void openDocuments(ALLOWED_DOMAINS.map(hostPermissionPattern))
    .then((documents) => service.recoverOpenDocuments(documents))
    .catch(log('counting the city pages open in tabs'));

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
  listenForMessages<MessageSenderLike>((message, sender) => service.handleMessage(message, sender, self));
});
