import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { MIGRATIONS, DB_VERSION } from './migrations';
import { DB_NAME, type PantauDB } from './schema';

export type PantauDatabase = IDBPDatabase<PantauDB>;

/** A transaction over any of Pantau's stores, in either mode: for reads shared by several transactions' callers. */
export type PantauTransaction = IDBPTransaction<PantauDB, ArrayLike<StoreNames<PantauDB>>, IDBTransactionMode>;

/**
 * Opens (and upgrades) Pantau's database through the global `indexedDB` (tests install a fresh
 * fake-indexeddb factory per test).
 *
 * A newer page or worker asking for a higher version makes this connection close itself
 * (`blocking`), so an update never waits on an old popup; `terminated` (the browser closed the
 * connection) is reported so the cached connection is dropped and the next caller reopens.
 */
export function openPantauDB(onClosed: () => void = () => {}): Promise<PantauDatabase> {
  return openDB<PantauDB>(DB_NAME, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion + 1; version <= DB_VERSION; version++) {
        const step = MIGRATIONS[version - 1];
        if (step === undefined) throw new Error(`No migration step for database version ${version}`);
        await step(db, tx);
      }
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onClosed();
    },
    terminated() {
      onClosed();
    },
  });
}

/**
 * One lazily opened connection per context, opened again after the browser or a newer version
 * closed it, and never caching a failed open. The MV3 worker can die at any time; nothing here
 * outlives it, the promise is simply recreated by the next event.
 */
export function createDbProvider(): () => Promise<PantauDatabase> {
  let pending: Promise<PantauDatabase> | null = null;
  return () => {
    if (pending === null) {
      const opening = openPantauDB(() => {
        if (pending === opening) pending = null;
      });
      pending = opening;
      opening.catch(() => {
        if (pending === opening) pending = null;
      });
    }
    return pending;
  };
}
