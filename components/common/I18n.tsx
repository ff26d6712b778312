import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang, Translate } from '../../utils/text/i18n';

/** What components need to speak the UI language. */
export interface I18n {
  t: Translate;
  lang: Lang;
}

// Without a provider keys show as themselves: visible in a test, never a blank label.
const I18nContext = createContext<I18n>({ t: (key) => key, lang: 'id' });

/** Supplies the translator: the browser's in the extension pages, a messages.json one in tests. */
export function I18nProvider({ value, children }: { value: I18n; children: ComponentChildren }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
