import type { PantauDatabase } from '../db/open-db';
import type { CollectorSettings, Preferences } from '../db/schema';
import { DEFAULT_REINSPECT_HOURS, REINSPECT_HOURS_RANGE, reinspectHoursOf } from '../inspection/inspect-policy';
import type { InspectionSettings } from '../inspection/types';
import { cleanText } from '../text/clean-text';

export const DEFAULT_COLLECTOR: CollectorSettings = { name: '', unit: '' };

/** Longest accepted collector name and unit, after trimming (the form and the protocol both check it). */
export const COLLECTOR_MAX_LENGTH: Readonly<Record<keyof CollectorSettings, number>> = { name: 120, unit: 200 };

/** Follow the browser's language; count "recent" as the last 90 days (a quarter, as audits go). */
export const DEFAULT_PREFERENCES: Preferences = { language: 'auto', recentDays: 90 };

/** Bounds of the dashboard's "recent" window, in days (the protocol checks the same). */
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

/**
 * Saves the collector's name and unit in one transaction: trimmed, and without zero-width or bidi
 * characters (they go into every export and make two people look alike, or a name read backwards).
 */
export async function saveCollector(db: PantauDatabase, settings: CollectorSettings): Promise<CollectorSettings> {
  const value = { name: cleanText(settings.name).trim(), unit: cleanText(settings.unit).trim() };
  await db.put('settings', { key: 'collector', value });
  return value;
}

/** Accepted range of the staleness threshold, in months (one month to ten years). */
export const STALE_MONTHS_RANGE = { min: 1, max: 120 } as const;

/** The default: content older than a year is stale. */
export const DEFAULT_INSPECTION_SETTINGS: InspectionSettings = { staleMonths: 12, reinspectHours: DEFAULT_REINSPECT_HOURS };

/** Whether a value is an accepted staleness threshold (a whole number of months in range). */
export function isValidStaleMonths(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= STALE_MONTHS_RANGE.min &&
    value <= STALE_MONTHS_RANGE.max
  );
}

/**
 * Inspection settings, or the defaults before they are set. A stored row that is not valid (hand
 * edited, or from a future version with other rules) falls back to the default rather than
 * breaking findings.
 */
export async function getInspectionSettings(db: PantauDatabase): Promise<InspectionSettings> {
  const row = await db.get('settings', 'inspection');
  return inspectionSettingsFrom(row?.key === 'inspection' ? row.value : undefined);
}

/** The settings a stored row says, each field that is missing or not valid replaced by its default. */
export function inspectionSettingsFrom(value: Partial<InspectionSettings> | undefined): InspectionSettings {
  if (value === undefined) return DEFAULT_INSPECTION_SETTINGS;
  return {
    staleMonths: isValidStaleMonths(value.staleMonths) ? value.staleMonths : DEFAULT_INSPECTION_SETTINGS.staleMonths,
    reinspectHours: reinspectHoursOf(value),
  };
}

/** Saves the inspection settings in one transaction; rejects an out-of-range threshold. */
export async function saveInspectionSettings(db: PantauDatabase, settings: InspectionSettings): Promise<InspectionSettings> {
  if (!isValidStaleMonths(settings.staleMonths)) {
    throw new RangeError(
      `staleMonths must be a whole number from ${STALE_MONTHS_RANGE.min} to ${STALE_MONTHS_RANGE.max}, got ${String(settings.staleMonths)}`,
    );
  }
  if (settings.reinspectHours !== undefined && reinspectHoursOf(settings) !== settings.reinspectHours) {
    throw new RangeError(
      `reinspectHours must be a whole number from ${REINSPECT_HOURS_RANGE.min} to ${REINSPECT_HOURS_RANGE.max}, got ${String(settings.reinspectHours)}`,
    );
  }
  // A save without the period (an older page) keeps the stored one.
  const value = { staleMonths: settings.staleMonths, reinspectHours: settings.reinspectHours ?? (await getInspectionSettings(db)).reinspectHours };
  await db.put('settings', { key: 'inspection', value });
  return value;
}

/** The re-reading period typed into a form field, or null when it is not an accepted number of hours. */
export function parseReinspectHours(input: string): number | null {
  const text = input.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const hours = Number(text);
  return hours >= REINSPECT_HOURS_RANGE.min && hours <= REINSPECT_HOURS_RANGE.max ? hours : null;
}

/** The staleness threshold typed into a form field, or null when it is not an accepted number. */
export function parseStaleMonths(input: string): number | null {
  const text = input.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const months = Number(text);
  return isValidStaleMonths(months) ? months : null;
}
