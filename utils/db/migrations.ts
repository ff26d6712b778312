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
  // 2 (2026-11-27, issue 3): inspections in their own store, keyed by host, rather than inside
  // host records: a host record changes on every visit and is what other tools merge, while an
  // inspection is replaced whole by each load and written by other events (webRequest, content
  // script); separate rows keep those writes from contending and leave v1 records untouched, so
  // no row needs rewriting. `redirects` holds the hops of loads in flight, keyed by webRequest's
  // requestId, because the MV3 worker may stop between a redirect and the final response.
  (db) => {
    db.createObjectStore('inspections', { keyPath: 'host' });
    db.createObjectStore('redirects', { keyPath: 'requestId' });
  },
  // 3 (2026-11-27, issue 5 "registry upkeep"): the registry in force with the one it replaced and
  // its source info; proposals keyed by host; proposal drafts keyed by host. Creates stores only
  // and touches no other store's data.
  (db) => {
    db.createObjectStore('registry', { keyPath: 'key' });
    db.createObjectStore('proposals', { keyPath: 'proposal.host' });
    db.createObjectStore('drafts', { keyPath: 'host' });
  },
  // 4 (2026-12-02, the expected-unit plan): the unit plan in force when an administrator imported
  // one over the bundled plan, with its source info. Creates a store only; no other data touched.
  (db) => {
    db.createObjectStore('unitPlan', { keyPath: 'key' });
  },
];

/** The schema version this build writes: one step per version. */
export const DB_VERSION = MIGRATIONS.length;
