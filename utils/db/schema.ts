import type { DBSchema } from 'idb';
import type { HostRecord } from '../visits/host-record';
import type { InspectionRecord, InspectionSettings, PendingRedirects } from '../inspection/types';
import type { ProposalDraft } from '../proposals/proposal-draft';
import type { ProposalRecord } from '../proposals/proposals-to-registry';
import type { RegistrySourceInfo } from '../registry/registry-source';
import type { Registry } from '../registry/schema';
import type { UnitPlanRow } from '../units/unit-plan-store';

/** Settings an auditor needs on every export. Kept in IndexedDB, so no `storage` permission. */
export interface CollectorSettings {
  /** Who collected the data (a person's name), as shown in exports. */
  name: string;
  /** Their unit (OPD, kecamatan or kelurahan). */
  unit: string;
}

/** UI language: `auto` follows the browser; the others override it (utils/text/i18n.ts). */
export type LanguageSetting = 'auto' | 'id' | 'en';

/** How the pages look and count; no version change needed, it is just another settings row. */
export interface Preferences {
  language: LanguageSetting;
  /** The dashboard's "seen / alive in the last N days" window. */
  recentDays: number;
}

/**
 * One row per kind of setting. A new kind is a new row, not a schema change: readers of an older
 * database simply find no row and use the defaults.
 *
 * `watchedDomains`: the domains Pantau watches, the default first (utils/domains/domain-rules.ts). A
 * missing row means the default list; only domains whose optional host permission was granted are
 * ever written (utils/domains/domain-store.ts).
 */
export type SettingsRow =
  | { key: 'collector'; value: CollectorSettings }
  | { key: 'preferences'; value: Preferences }
  | { key: 'inspection'; value: InspectionSettings }
  | { key: 'watchedDomains'; value: string[] };

/**
 * The registry in force, in three rows so a navigation reads only the small `info` row:
 * - `info`: where the registry in force came from (RegistrySourceInfo) and a revision number that
 *   grows with every change, so a cached index can tell it is stale;
 * - `current` / `previous`: the registry itself and the one it replaced (one-step undo). `null`
 *   stands for "the registry bundled with this build", so an extension update brings its new
 *   bundled registry to everyone who had not replaced it.
 * No rows at all means the bundled registry, never changed.
 */
export type RegistryRow =
  | { key: 'info'; info: RegistrySourceInfo; revision: number }
  | { key: 'current' | 'previous'; registry: Registry | null };

/** A proposal form's draft for one host, kept while the popup is closed. Times are epoch ms. */
export interface DraftRow {
  host: string;
  draft: ProposalDraft;
  savedAt: number;
}

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
  /** The latest inspection of each host (since version 2). */
  inspections: {
    key: string;
    value: InspectionRecord;
  };
  /** Redirects of top-level loads still in flight, so a worker restart mid-load loses no hop (since version 2). */
  redirects: {
    key: string;
    value: PendingRedirects;
  };
  /** The registry in force (since version 3). */
  registry: {
    key: RegistryRow['key'];
    value: RegistryRow;
  };
  /** Proposals ("Laporkan aplikasi"), one per host (keyPath `proposal.host`). */
  proposals: {
    key: string;
    value: ProposalRecord;
  };
  drafts: {
    key: string;
    value: DraftRow;
  };
  /** The expected-unit plan in force (since version 4): one row, absent for the bundled plan. */
  unitPlan: {
    key: UnitPlanRow['key'];
    value: UnitPlanRow;
  };
}

export const DB_NAME = 'pantau';
