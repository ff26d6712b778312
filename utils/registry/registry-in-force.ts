import type { PantauDatabase } from '../db/open-db';
import { getWatchedDomains } from '../domains/domain-store';
import { createRegistryIndex, type RegistryIndex } from './registry-index';
import { readRegistryState, readStoredRegistry, type RegistryState } from './registry-store';
import type { Registry } from './schema';

/** The registry in force and what the background derives from it, for one event. */
export interface RegistryContext extends RegistryState {
  registry: Registry;
  /** Lookups against the watched domains. */
  index: RegistryIndex;
  /** The watched domains, the default first. */
  domains: string[];
}

export interface RegistryProvider {
  /** The registry in force now (read from storage; the index is rebuilt only when it changed). */
  current(): Promise<RegistryContext>;
  /**
   * The registry in force as of a revision and watched domains the caller has just read (inside an
   * event's own transaction): the in-memory snapshot when it was built for exactly those, with no
   * storage read at all; otherwise read again as current() does.
   */
  at(revision: number, domains: readonly string[]): Promise<RegistryContext>;
}

/**
 * Gives the background the registry in force for every event. The MV3 worker can die at any time,
 * so nothing is trusted to be in memory: each call reads the small `info` row and the watched
 * domains from IndexedDB, and reuses the index built last time only when the revision and the
 * domains are the ones it was built for. A new worker, or a change made by another page, simply
 * builds it again (about a millisecond for the bundled registry; see bench/).
 */
export function createRegistryProvider(deps: {
  getDb: () => Promise<PantauDatabase>;
  /** The registry shipped with this build, read and checked on first use (utils/background/packaged-data.ts). */
  bundled: () => Promise<Registry>;
}): RegistryProvider {
  let cached: { key: string; context: RegistryContext } | null = null;

  async function current(): Promise<RegistryContext> {
    const [db, bundled] = await Promise.all([deps.getDb(), deps.bundled()]);
    const [state, domains] = await Promise.all([readRegistryState(db, bundled), getWatchedDomains(db)]);
    const key = `${state.revision}|${domains.join(',')}`;
    if (cached !== null && cached.key === key) return cached.context;
    const stored = await readStoredRegistry(db, bundled);
    const context: RegistryContext = {
      ...stored,
      domains,
      index: createRegistryIndex(stored.registry, domains),
    };
    // Keyed by what was actually read: a change that landed between the two reads gets a new key.
    cached = { key: `${stored.revision}|${domains.join(',')}`, context };
    return context;
  }

  function at(revision: number, domains: readonly string[]): Promise<RegistryContext> {
    if (cached !== null && cached.key === `${revision}|${domains.join(',')}`) return Promise.resolve(cached.context);
    return current();
  }

  return { current, at };
}
