import type { PantauDatabase } from './db/open-db';
import type { CollectorSettings, Preferences } from './db/schema';

export const DEFAULT_COLLECTOR: CollectorSettings = { name: '', unit: '' };

/** Follow the browser's language; count "recent" as the last 90 days (a quarter, as audits go). */
export const DEFAULT_PREFERENCES: Preferences = { language: 'auto', recentDays: 90 };

/** Bounds of the dashboard's "recent" window, in days (messages.ts checks the same). */
export const RECENT_DAYS_RANGE = { min: 1, max: 3650 } as const;

/** The collector's name and unit, or empty strings before they are set. */
export async function getCollector(db: PantauDatabase): Promise<CollectorSettings> {
  const row = await db.get('settings', 'collector');
  return row?.key === 'collector' ? row.value : DEFAULT_COLLECTOR;
}

/** The stored preferences, each missing field filled with its default. */
export async function getPreferences(db: PantauDatabase): Promise<Preferences> {
  const row = await db.get('settings', 'preferences');
  return row?.key === 'preferences' ? { ...DEFAULT_PREFERENCES, ...row.value } : DEFAULT_PREFERENCES;
}

/** Saves the preferences in one transaction. */
export async function savePreferences(db: PantauDatabase, preferences: Preferences): Promise<Preferences> {
  const value: Preferences = { language: preferences.language, recentDays: preferences.recentDays };
  await db.put('settings', { key: 'preferences', value });
  return value;
}

/** Saves the collector's name and unit (trimmed) in one transaction. */
export async function saveCollector(db: PantauDatabase, settings: CollectorSettings): Promise<CollectorSettings> {
  const value = { name: settings.name.trim(), unit: settings.unit.trim() };
  await db.put('settings', { key: 'collector', value });
  return value;
}
