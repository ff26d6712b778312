// Must stay the first import: see utils/platform/zod-jitless.ts.
import '../../utils/platform/zod-jitless';
import { render } from 'preact';
import { pageBrowser as browser } from '../../utils/platform/page-browser';
import { downloadText } from '../../utils/platform/downloads';
import { I18nProvider } from '../../components/common/I18n';
import { pageI18n, pageTranslator } from '../../utils/platform/browser-i18n';
import type { Lang, Translate } from '../../utils/text/i18n';
import { createRuntimeConnector } from '../../utils/platform/runtime-connector';
import { createInspectHtml, domParserParse } from '../../utils/sweep/inspect-html';
import { DashboardApp, TABS, type Tab } from '../../components/dashboard/DashboardApp';
import '../../components/common/style.css';
import '../../components/dashboard/dashboard.css';

const connector = createRuntimeConnector();
// The sweep runs in this page: its fetch reaches the watched hosts through the extension's host
// permission, and DOMParser reads the fetched HTML without running any of it.
const sweepTools = { fetchFn: (url: string, init: RequestInit) => fetch(url, init), inspectHtml: createInspectHtml({ parse: domParserParse }) };
const tabOfHash = (): Tab | null => {
  const hash = location.hash.slice(1);
  return (TABS as readonly string[]).includes(hash) ? (hash as Tab) : null;
};
const initialTab = tabOfHash() ?? 'ikhtisar';
// The tab follows the URL hash both ways: a link or back/forward switches it, a click sets it
// (as a history entry, so Back returns to the previous tab).
const subscribeTab = (listener: (tab: Tab) => void) => {
  const onHash = () => {
    const tab = tabOfHash();
    if (tab !== null) listener(tab);
  };
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
};

function show(i18n: { t: Translate; lang: Lang }): void {
  document.documentElement.lang = i18n.lang;
  document.title = i18n.t('dashboardTitle');
  render(
    <I18nProvider value={i18n}>
      <DashboardApp
        connector={connector}
        extensionVersion={browser.runtime.getManifest().version}
        download={(filename, bytes, mime) => downloadText(filename, bytes, mime)}
        initialTab={initialTab}
        sweepTools={sweepTools}
        onTabChange={(tab) => {
          if (location.hash !== `#${tab}`) location.hash = tab;
        }}
        subscribeTab={subscribeTab}
        // A new language applies at once: same tree, new translator, state kept.
        onPreferencesSaved={(preferences) => void pageTranslator(preferences.language).then(show)}
      />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}

void pageI18n(() => connector.getPreferences()).then(show);
