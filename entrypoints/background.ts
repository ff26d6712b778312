import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { BadgeState } from '../utils/badge';
import { createDbProvider } from '../utils/db/open-db';
import { isOwnPage, parseRequest, type Reply } from '../utils/messages';
import { createNavigationListeners, type NavigationEvents } from '../utils/navigation-listeners';
import { createPantauService, type NavigationDetails } from '../utils/pantau-service';
import { ensureRegistryAlarm, REGISTRY_ALARM } from '../utils/registry/registry-alarm';
import { BUNDLED_REGISTRY } from '../utils/registry/bundled';
import { ALLOWED_DOMAINS } from '../utils/watched-domain';

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

  const service = createPantauService({
    getDb: createDbProvider(),
    bundled: BUNDLED_REGISTRY,
    extension: { version: browser.runtime.getManifest().version, browser: import.meta.env.BROWSER },
    setBadge: (tabId, badge) => applyBadge(action, tabId, badge),
    getTabTitle: async (tabId) => (await browser.tabs.get(tabId)).title,
    // The update URL only: checkRegistryUrl refuses any address off the watched domains.
    fetchFn: (url, init) => fetch(url, init),
    permissions: {
      contains: (origins) => browser.permissions.contains({ origins }),
      remove: (origins) => browser.permissions.remove({ origins }),
    },
    onDomainsChanged: (domains) => navigation.listen(domains),
  });

  const navigation = createNavigationListeners<NavigationDetails>(
    // Pantau reads only these fields of the browser's details objects.
    browser.webNavigation as unknown as NavigationEvents<NavigationDetails>,
    {
      onCommitted: (details) => void service.onCommitted(details).catch(log('recording a visit')),
      onErrorOccurred: (details) => void service.onErrorOccurred(details).catch(log('recording a failed visit')),
      onCompleted: (details) => void service.onCompleted(details).catch(log('recording a title')),
    },
  );
  // Synchronously, the broadest filter Pantau may ever need; narrowed to the stored list once it is
  // read (utils/navigation-listeners.ts explains why both steps are needed).
  navigation.listen(ALLOWED_DOMAINS);
  void service
    .reconcileDomains()
    .then((domains) => navigation.listen(domains))
    .catch(log('reading the watched domains'));

  // A permission taken away in chrome://extensions stops the watching of its domain.
  browser.permissions.onRemoved.addListener(() => void service.reconcileDomains().catch(log('updating the watched domains')));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REGISTRY_ALARM) void service.runScheduledCheck().catch(log('checking the registry update URL'));
  });
  void ensureRegistryAlarm(browser.alarms).catch(log('scheduling the registry check'));

  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<Reply<unknown>> | undefined => {
    if (!isOwnPage(sender, browser.runtime.id, extensionOrigin)) return undefined;
    const request = parseRequest(message);
    if (request === null) {
      return Promise.resolve({ ok: false, code: 'invalid-request', error: 'Unknown or malformed message' });
    }
    return service.handleRequest(request);
  });
});

async function applyBadge(action: typeof browser.action, tabId: number, badge: BadgeState): Promise<void> {
  const [host = '', detail = ''] = badge.titleArgs;
  const title = browser.i18n.getMessage(badge.titleKey, [host, detail]) || `${host}`;
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
