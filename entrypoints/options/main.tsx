// Must stay the first import: see utils/platform/zod-jitless.ts.
import '../../utils/platform/zod-jitless';
import { render } from 'preact';
import { pageBrowser as browser } from '../../utils/platform/page-browser';
import { I18nProvider } from '../../components/common/I18n';
import { pageI18n, pageTranslator } from '../../utils/platform/browser-i18n';
import type { Lang, Translate } from '../../utils/text/i18n';
import { BUNDLED_REGISTRY } from '../../utils/registry/bundled';
import { createRegistryIndex } from '../../utils/registry/registry-index';
import { createRuntimeConnector } from '../../utils/platform/runtime-connector';
import { WATCHED_DOMAIN } from '../../utils/domains/allowed-domains';
import { OptionsApp } from '../../components/options/OptionsApp';
import { opdNames } from '../../utils/registry/opd-names';
// One stylesheet for all extension pages.
import '../../components/common/style.css';

const connector = createRuntimeConnector();
// Units of the registry in force (the bundled one if the background cannot say), for the unit field.
const units = connector.getRegistry().then(
  (view) => opdNames(createRegistryIndex(view.registry, view.domains)),
  () => opdNames(createRegistryIndex(BUNDLED_REGISTRY, [WATCHED_DOMAIN])),
);

async function show(i18n: { t: Translate; lang: Lang }): Promise<void> {
  document.documentElement.lang = i18n.lang;
  document.title = i18n.t('optionsTitle');
  render(
    <I18nProvider value={i18n}>
      <OptionsApp
        connector={connector}
        opdNames={await units}
        onOpenDashboard={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
        onPreferencesSaved={(preferences) => void pageTranslator(preferences.language).then(show)}
      />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}

void pageI18n(() => connector.getPreferences()).then(show);
