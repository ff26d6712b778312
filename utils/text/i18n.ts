/**
 * UI text. Every string lives in public/_locales/<lang>/messages.json (Indonesian is the default
 * locale); code refers to messages by key. Components never call the browser: they receive a
 * `Translate` through components/common/I18n.tsx, so tests render them in either language without one.
 */

/** Languages the UI speaks. Indonesian first: it is the office language. */
export type Lang = 'id' | 'en';

/** A message name: the keys of the default (Indonesian) messages.json, checked at compile time. */
export type MessageKey = Extract<keyof typeof import('../../public/_locales/id/messages.json'), string>;

/** Looks a message up and fills in its `$1`…`$9` substitutions. */
export type Translate = (key: MessageKey, substitutions?: string | readonly string[]) => string;

type GetMessage = (key: string, substitutions?: string[]) => string | undefined;

/** One message as messages.json stores it. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

/**
 * Wraps a `getMessage` so a missing message shows its key instead of an empty string (a blank
 * button is worse than a visible bug), and so a browser API that throws never breaks rendering.
 */
export function createTranslator(getMessage: GetMessage): Translate {
  return (key, substitutions) => {
    const args = substitutions === undefined ? undefined : typeof substitutions === 'string' ? [substitutions] : [...substitutions];
    try {
      const text = getMessage(key, args);
      return text === undefined || text === '' ? key : text;
    } catch {
      return key;
    }
  };
}

/**
 * A translator over parsed messages.json data, following the browser's rules: `$name$` is replaced
 * by its placeholder's content (names are case-insensitive), then `$1`…`$9` by the substitutions
 * (missing ones become empty) and `$$` by `$`. Used by tests to render both languages.
 */
export function translatorFromMessages(messages: LocaleMessages): Translate {
  return createTranslator((key, substitutions = []) => {
    const entry = Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (entry === undefined) return undefined;
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
    );
    const withContent = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name: string) => {
      return placeholders.get(name.toLowerCase()) ?? match;
    });
    return withContent.replace(/\$(\$|[1-9])/g, (_match, what: string) =>
      what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
    );
  });
}

/** The UI language for a browser locale: English for `en*`, otherwise Indonesian. */
export function languageFromLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^en(?:$|[-_])/i.test(locale) ? 'en' : 'id';
}

/** Reads one locale's messages.json (the extension fetches its own file). */
export type FetchMessages = (lang: Lang) => Promise<unknown>;

function isLocaleMessages(value: unknown): value is LocaleMessages {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (entry) => typeof entry === 'object' && entry !== null && typeof (entry as { message?: unknown }).message === 'string',
  );
}

/**
 * The translator and language for a language setting (the extension's pages: utils/platform/browser-i18n.ts). chrome.i18n always speaks the browser's
 * language and cannot be switched at run time, so an explicit choice loads that locale's
 * messages.json from the extension and fills placeholders the way the browser does
 * (translatorFromMessages). `auto`, or any failure to load, falls back to the browser's own.
 */
export async function translatorFor(
  setting: 'auto' | Lang,
  fetchMessages: FetchMessages,
  fallback: { t: Translate; lang: Lang },
): Promise<{ t: Translate; lang: Lang }> {
  if (setting === 'auto') return fallback;
  try {
    const messages = await fetchMessages(setting);
    if (!isLocaleMessages(messages)) throw new Error(`messages.json for ${setting} is malformed`);
    return { t: translatorFromMessages(messages), lang: setting };
  } catch (error) {
    console.warn('Pantau: could not load the chosen language, using the browser’s', error);
    return fallback;
  }
}

/**
 * The language the browser shows its UI in, mapped as `languageFromLocale` does. It matches the
 * messages.json the browser picks: `en` for an English UI, the `id` default for anything else.
 */
export function uiLanguage(getUILanguage: () => string): Lang {
  try {
    return languageFromLocale(getUILanguage());
  } catch {
    return 'id';
  }
}
