import type { PantauDatabase } from './db/open-db';
import type { CollectorSettings } from './db/schema';

export const DEFAULT_COLLECTOR: CollectorSettings = { name: '', unit: '' };

/** The collector's name and unit, or empty strings before they are set. */
export async function getCollector(db: PantauDatabase): Promise<CollectorSettings> {
  const row = await db.get('settings', 'collector');
  return row?.value ?? DEFAULT_COLLECTOR;
}

/** Saves the collector's name and unit (trimmed) in one transaction. */
export async function saveCollector(db: PantauDatabase, settings: CollectorSettings): Promise<CollectorSettings> {
  const value = { name: settings.name.trim(), unit: settings.unit.trim() };
  await db.put('settings', { key: 'collector', value });
  return value;
}
