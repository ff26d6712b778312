import { describe, expect, it } from 'vitest';
import { createTranslator, languageFromLocale, translatorFromMessages, uiLanguage } from '../../../utils/text/i18n';

describe('translatorFromMessages', () => {
  const t = translatorFromMessages({
    extName: { message: 'Pantau' },
    badgeFailed: {
      message: '$HOST$: gagal ($Detail$) — biaya $$5',
      placeholders: { host: { content: '$1' }, detail: { content: '$2' } },
    },
  });

  it('fills named placeholders from positional substitutions, case-insensitively', () => {
    expect(t('badgeFailed', ['a.makassarkota.go.id', 'net::ERR_FAILED'])).toBe('a.makassarkota.go.id: gagal (net::ERR_FAILED) — biaya $5');
  });

  it('accepts a single substitution as a string and leaves missing ones empty', () => {
    expect(t('badgeFailed', 'a.makassarkota.go.id')).toBe('a.makassarkota.go.id: gagal () — biaya $5');
  });

  it('falls back to the key for a missing message', () => {
    expect(t('settingsLink')).toBe('settingsLink');
  });
});

describe('createTranslator', () => {
  it('falls back to the key when the browser returns nothing or throws', () => {
    expect(createTranslator(() => '')('extName')).toBe('extName');
    expect(createTranslator(() => undefined)('extName')).toBe('extName');
    expect(
      createTranslator(() => {
        throw new Error('not implemented');
      })('extName'),
    ).toBe('extName');
  });

  it('passes substitutions through as an array', () => {
    const seen: unknown[] = [];
    createTranslator((key, substitutions) => {
      seen.push(key, substitutions);
      return 'x';
    })('badgeFailed', 'host');
    expect(seen).toEqual(['badgeFailed', ['host']]);
  });
});

describe('uiLanguage', () => {
  it('is English for any English locale and Indonesian for everything else', () => {
    expect(languageFromLocale('en')).toBe('en');
    expect(languageFromLocale('en-US')).toBe('en');
    expect(languageFromLocale('en_GB')).toBe('en');
    expect(languageFromLocale('id')).toBe('id');
    expect(languageFromLocale('fr-FR')).toBe('id');
    expect(languageFromLocale('eo')).toBe('id');
    expect(languageFromLocale(undefined)).toBe('id');
    expect(uiLanguage(() => 'en-US')).toBe('en');
    expect(
      uiLanguage(() => {
        throw new Error('no i18n');
      }),
    ).toBe('id');
  });
});
