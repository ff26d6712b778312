import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BadgeTitleKey } from '../../../utils/findings/badge';
import type { LocaleMessages } from '../../../utils/text/i18n';
import en from '../../../public/_locales/en/messages.json';
import id from '../../../public/_locales/id/messages.json';

// Repository-convention test: every UI string exists in both languages with the same placeholders,
// every key the code asks for exists, and every message is still used somewhere.

const ROOT = join(__dirname, '..', '..', '..');
const LOCALES: Record<string, LocaleMessages> = { id, en };

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => join(ROOT, dir, file));
}

const UI_SOURCES = [...sourceFiles('components'), ...sourceFiles('entrypoints')].map((file) => readFileSync(file, 'utf8'));
const ALL_SOURCES = [...UI_SOURCES, ...sourceFiles('utils').map((file) => readFileSync(file, 'utf8'))];
const MANIFEST_CONFIG = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');

/** `$name$` references in a message, lower-cased as the browser matches them. */
function placeholdersUsed(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();
}

describe('locales', () => {
  it('have exactly the same keys in Indonesian and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('use valid message names and non-empty messages', () => {
    for (const [lang, messages] of Object.entries(LOCALES)) {
      for (const [key, value] of Object.entries(messages)) {
        expect(key, `${lang}: ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(value.message.trim(), `${lang}: ${key}`).not.toBe('');
      }
    }
  });

  it('define every placeholder a message uses, use every one defined, and map each to $1…$9', () => {
    for (const [lang, messages] of Object.entries(LOCALES)) {
      for (const [key, value] of Object.entries(messages)) {
        const defined = Object.keys(value.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
        expect([...new Set(placeholdersUsed(value.message))], `${lang}: ${key}`).toEqual(defined);
        for (const placeholder of Object.values(value.placeholders ?? {})) {
          expect(placeholder.content, `${lang}: ${key}`).toMatch(/^\$[1-9]$/);
        }
      }
    }
  });

  it('give each key the same placeholders in both languages', () => {
    for (const key of Object.keys(id)) {
      const idMessage = (id as LocaleMessages)[key]!;
      const enMessage = (en as LocaleMessages)[key]!;
      expect(enMessage.placeholders, key).toEqual(idMessage.placeholders);
    }
  });

  it('contain every key the UI code asks for with t(…)', () => {
    const used = new Set(UI_SOURCES.flatMap((source) => [...source.matchAll(/\bt\(\s*'([^']+)'/g)].map((match) => match[1]!)));
    expect(used.size).toBeGreaterThan(30);
    for (const key of used) expect(Object.keys(id), key).toContain(key);
  });

  it('contain every __MSG_…__ the manifest refers to', () => {
    const used = [...MANIFEST_CONFIG.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((match) => match[1]!);
    expect(used).toContain('extName');
    for (const key of used) expect(Object.keys(id), key).toContain(key);
  });

  it('contain the badge titles with the host and detail placeholders', () => {
    const withDetail: BadgeTitleKey[] = ['badgeRegisteredActive', 'badgeRegisteredUnknown', 'badgeRegisteredNotActive', 'badgeFailed'];
    const hostOnly: BadgeTitleKey[] = ['badgeUnregistered'];
    for (const messages of Object.values(LOCALES)) {
      for (const key of withDetail) {
        expect(messages[key]?.placeholders).toMatchObject({ host: { content: '$1' }, detail: { content: '$2' } });
      }
      for (const key of hostOnly) expect(messages[key]?.placeholders).toMatchObject({ host: { content: '$1' } });
    }
  });

  it('keep every message in use (a key in code, or __MSG_ in the manifest)', () => {
    const everything = [...ALL_SOURCES, MANIFEST_CONFIG].join('\n');
    const unused = Object.keys(id).filter((key) => !everything.includes(`'${key}'`) && !everything.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  it('keep the manifest name and description within store limits', () => {
    for (const messages of Object.values(LOCALES)) {
      expect(messages.extName!.message).toBe('Pantau');
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
