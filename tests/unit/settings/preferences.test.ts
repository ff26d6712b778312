import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDbProvider } from '../../../utils/db/open-db';
import { translatorFor, translatorFromMessages } from '../../../utils/text/i18n';
import { pageI18n } from '../../../utils/platform/browser-i18n';
import { parseRequest } from '../../../utils/messaging/protocol';
import { createBackground } from '../../../utils/background/create-background';
import { DEFAULT_PREFERENCES } from '../../../utils/settings/settings';
import en from '../../../public/_locales/en/messages.json';
import { TEST_REGISTRY } from '../support/test-registry';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

function service() {
  globalThis.indexedDB = new IDBFactory();
  return createBackground({
    getDb: createDbProvider(),
    bundled: async () => TEST_REGISTRY,
    unitPlan: async () => BUNDLED_UNIT_PLAN,
    opdUnits: async () => opdList(),
    extension: { version: '0.1.0', browser: 'chrome' },
    setBadge: async () => {},
    getTabTitle: async () => undefined,
  });
}

let pantau: ReturnType<typeof service>;
beforeEach(() => {
  pantau = service();
});

describe('preferences (a settings row, no schema change)', () => {
  it('start at the defaults and keep what was saved, next to the collector row', async () => {
    expect(await pantau.handleRequest({ type: 'getPreferences' })).toEqual({ ok: true, value: DEFAULT_PREFERENCES });
    await pantau.handleRequest({ type: 'saveSettings', settings: { name: 'Andi', unit: 'Diskominfo' } });
    await pantau.handleRequest({ type: 'savePreferences', preferences: { language: 'en', recentDays: 30 } });
    expect(await pantau.handleRequest({ type: 'getPreferences' })).toEqual({ ok: true, value: { language: 'en', recentDays: 30 } });
    expect(await pantau.handleRequest({ type: 'getSettings' })).toEqual({ ok: true, value: { name: 'Andi', unit: 'Diskominfo' } });
  });

  it.each([
    { language: 'fr', recentDays: 30 },
    { language: 'id', recentDays: 0 },
    { language: 'id', recentDays: 3651 },
    { language: 'id', recentDays: 1.5 },
    { language: 'id', recentDays: 30, extra: true },
  ])('are refused when malformed: %j', (preferences) => {
    expect(parseRequest({ type: 'savePreferences', preferences })).toBeNull();
  });
});

describe('translatorFor (language override)', () => {
  const browserOwn = { t: translatorFromMessages({ extName: { message: 'dari browser' } }), lang: 'id' as const };

  it('loads the chosen locale and fills its $placeholders$', async () => {
    const fetchMessages = vi.fn(async () => en);
    const { t, lang } = await translatorFor('en', fetchMessages, browserOwn);
    expect(fetchMessages).toHaveBeenCalledWith('en');
    expect(lang).toBe('en');
    expect(t('summaryAktifAlive', ['37', '76'])).toBe('37 of 76 apps the registry lists as active are really alive.');
  });

  it('uses the browser’s language for auto, and when loading fails or the file is malformed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetchMessages = vi.fn(async () => en);
    expect(await translatorFor('auto', fetchMessages, browserOwn)).toBe(browserOwn);
    expect(fetchMessages).not.toHaveBeenCalled();
    expect(await translatorFor('en', async () => Promise.reject(new Error('404')), browserOwn)).toBe(browserOwn);
    expect(await translatorFor('en', async () => ({ extName: 'not an object' }), browserOwn)).toBe(browserOwn);
  });

  it('falls back to auto when the preferences cannot be read', async () => {
    // pageI18n with a failing background resolves (to the browser's translator) instead of rejecting.
    const i18n = await pageI18n(async () => Promise.reject(new Error('no background')));
    expect(i18n.lang).toMatch(/^(id|en)$/);
  });
});
