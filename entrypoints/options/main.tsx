// Must stay the first import: see utils/zod-jitless.ts.
import '../../utils/zod-jitless';
import { render } from 'preact';
import { I18nProvider } from '../../components/I18n';
import { t, uiLanguage } from '../../utils/i18n';
import { BUNDLED_REGISTRY } from '../../utils/registry/bundled';
import { createRegistryIndex } from '../../utils/registry/registry-index';
import { createRuntimeConnector } from '../../utils/runtime-connector';
import { WATCHED_DOMAIN } from '../../utils/watched-domain';
import { OptionsApp } from './App';
// One stylesheet for both extension pages.
import '../popup/style.css';

/** Owning units named in the registry, for the unit field's suggestions. */
function opdNames(): string[] {
  const names = createRegistryIndex(BUNDLED_REGISTRY, [WATCHED_DOMAIN]).entries.map((entry) => entry.opd);
  return [...new Set(names.filter((name) => name !== ''))].sort((a, b) => a.localeCompare(b, 'id'));
}

const lang = uiLanguage();
document.documentElement.lang = lang;
document.title = t('optionsTitle');

render(
  <I18nProvider value={{ t, lang }}>
    <OptionsApp connector={createRuntimeConnector()} opdNames={opdNames()} />
  </I18nProvider>,
  document.getElementById('app')!,
);
