import type { DBSchema } from 'idb';
import type { HostRecord } from '../host-record';

/** Settings an auditor needs on every export. Kept in IndexedDB, so no `storage` permission. */
export interface CollectorSettings {
  /** Who collected the data (a person's name), as shown in exports. */
  name: string;
  /** Their unit (OPD, kecamatan or kelurahan). */
  unit: string;
}

/** UI language: `auto` follows the browser; the others override it (utils/i18n.ts). */
export type LanguageSetting = 'auto' | 'id' | 'en';

/** How the pages look and count; no version change needed, it is just another settings row. */
export interface Preferences {
  language: LanguageSetting;
  /** The dashboard's "seen / alive in the last N days" window. */
  recentDays: number;
}

export type SettingsRow = { key: 'collector'; value: CollectorSettings } | { key: 'preferences'; value: Preferences };

/**
 * The database schema at the current version. Past shapes live only in the migration steps
 * and their fixtures (tests/fixtures/db/), never here.
 */
export interface PantauDB extends DBSchema {
  hosts: {
    key: string;
    value: HostRecord;
    indexes: { 'by-lastSeen': number };
  };
  settings: {
    key: SettingsRow['key'];
    value: SettingsRow;
  };
}

export const DB_NAME = 'pantau';
