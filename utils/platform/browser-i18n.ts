import { pageBrowser as browser } from './page-browser';
import { createTranslator, translatorFor, uiLanguage, type FetchMessages, type Lang, type Translate } from '../text/i18n';

/** The extension's translator, over `browser.i18n.getMessage`. */
export const t: Translate = createTranslator((key, substitutions) =>
  // WXT types getMessage with the known keys only; MessageKey already guarantees that.
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(key, substitutions),
);

/** The language the browser shows its UI in (see uiLanguage). */
export const browserLanguage = (): Lang => uiLanguage(() => browser.i18n.getUILanguage());

/** Reads one of the extension's own messages.json files. */
const fetchBundledMessages: FetchMessages = async (lang) => {
  const response = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json`));
  if (!response.ok) throw new Error(`messages.json for ${lang}: HTTP ${response.status}`);
  return response.json();
};

/** The translator for a language setting, with the extension's messages and the browser's own as fallback. */
export function pageTranslator(setting: 'auto' | Lang): Promise<{ t: Translate; lang: Lang }> {
  return translatorFor(setting, fetchBundledMessages, { t, lang: browserLanguage() });
}

/**
 * The translator an extension page starts with: the stored language setting, or the browser's
 * language when it is `auto` or cannot be read (the background may be starting up).
 */
export async function pageI18n(getPreferences: () => Promise<{ language: 'auto' | Lang }>): Promise<{ t: Translate; lang: Lang }> {
  const setting = await getPreferences().then(
    (preferences) => preferences.language,
    () => 'auto' as const,
  );
  return pageTranslator(setting);
}
