// No validator here (the popup only shows what the background checked: utils/messaging/connector.ts),
// so no zod setting either; tests/unit/conventions checks the popup loads no zod.
import { render } from 'preact';
import { pageBrowser as browser } from '../../utils/platform/page-browser';
import { I18nProvider } from '../../components/common/I18n';
import { pageI18n } from '../../utils/platform/browser-i18n';
import { sanitiseUrl } from '../../utils/domains/host-match';
import { createRuntimeConnector } from '../../utils/platform/runtime-connector';
import { App } from '../../components/popup/PopupApp';
import '../../components/common/style.css';

/**
 * The tab the popup is about. Opened from the toolbar it is the active tab; opened as a page with
 * `?tabId=N` (tests, or a pinned popup) it is tab N. Without the `tabs` permission the browser
 * only fills in `url` for hosts Pantau has host permission for, so a missing URL means "not a city
 * site", which is exactly what getSiteCard(null) answers.
 */
async function currentTab() {
  const tabId = new URLSearchParams(location.search).get('tabId');
  return tabId !== null && /^\d+$/.test(tabId)
    ? browser.tabs.get(Number(tabId))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
}

async function currentTabUrl(): Promise<string | null> {
  const tab = await currentTab();
  // Only origin + path, bounded, goes to the background: it needs just the host, and a hostile page
  // can have a URL far longer than any message limit (and a query string with personal data).
  return tab?.url === undefined ? null : sanitiseUrl(tab.url);
}

const connector = createRuntimeConnector();
// Asked at once, beside the preferences: the card is what the popup is opened for.
const firstSiteCard = currentTabUrl().then((url) => connector.getSiteCard({ url }));
firstSiteCard.catch(() => {}); // shown by the popup's own error state

void pageI18n(() => connector.getPreferences()).then((i18n) => {
  document.documentElement.lang = i18n.lang;
  render(
    <I18nProvider value={i18n}>
      <App
        connector={connector}
        tabUrl={currentTabUrl}
        tabId={async () => (await currentTab())?.id ?? null}
        firstSiteCard={firstSiteCard}
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
        onOpenDashboard={() => {
          // tabs.create needs no permission; the popup closes so the new tab is in front.
          void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close());
        }}
      />
    </I18nProvider>,
    document.getElementById('app')!,
  );
});
