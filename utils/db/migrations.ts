import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { PantauDB } from './schema';

/**
 * Numbered upgrade steps. Step N turns a version N-1 database into version N. Steps only ever
 * get appended; each has a fixture in tests/fixtures/db/ written at the version before it, and a
 * test proving that no data is lost (tests/unit/db/migrations.test.ts fails if one is missing).
 *
 * Never await anything but the upgrade transaction's own requests inside a step: the versionchange
 * transaction would auto-commit half way.
 */
export type MigrationStep = (
  db: IDBPDatabase<PantauDB>,
  tx: IDBPTransaction<PantauDB, StoreNames<PantauDB>[], 'versionchange'>,
) => void | Promise<void>;

export const MIGRATIONS: readonly MigrationStep[] = [
  // 1 (2026-11-27): hosts keyed by normalised host, with a last-seen index for "recently seen"
  // lists; settings as key/value rows.
  (db) => {
    const hosts = db.createObjectStore('hosts', { keyPath: 'host' });
    hosts.createIndex('by-lastSeen', 'lastSeen');
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // 2 (2026-12-01, issue 5 "registry upkeep"): the registry in force with the one it replaced and
  // its source info; proposals keyed by host; proposal drafts keyed by host. Creates stores only
  // and touches no other store's data, so it can be renumbered when merged next to the inspection
  // branch's own step 2 (`inspections`, `redirects`): the lead makes this step 3 at merge time.
  (db) => {
    db.createObjectStore('registry', { keyPath: 'key' });
    db.createObjectStore('proposals', { keyPath: 'proposal.host' });
    db.createObjectStore('drafts', { keyPath: 'host' });
  },
];

/** The schema version this build writes: one step per version. */
export const DB_VERSION = MIGRATIONS.length;
