import { foldWww, isUnderDomain, normaliseHost } from '../domains/host-match';
import type { Registry, RegistryEntry } from './schema';
import { REGISTRY_STATUSES, type RegistryStatus } from './registry-vocabulary';

/** The part of the registry that applies to the watched domains, ready for per-navigation lookups. */
export interface RegistryIndex {
  /**
   * The entry serving `host`, or null. `www.x` finds an entry listing `x` and the other way round.
   * Hosts outside the watched domains are never found, whatever the registry lists.
   */
  lookup(host: string): RegistryEntry | null;
  /** Entries with at least one host under a watched domain, in registry order. */
  readonly entries: readonly RegistryEntry[];
  /** How many of `entries` have each status (every status present, zero when none). */
  countsByStatus(): Record<RegistryStatus, number>;
}

/**
 * Builds the lookup table once per registry and set of watched domains. Entries on a domain that is
 * not watched (e.g. makassar.go.id before an administrator adds it) stay in the data but play no
 * part: they are not counted and none of their hosts is found.
 */
export function createRegistryIndex(registry: Registry, watchedDomains: readonly string[]): RegistryIndex {
  const domains = watchedDomains.map(normaliseHost).filter((domain): domain is string => domain !== null);
  const isWatched = (host: string): boolean => domains.some((domain) => isUnderDomain(host, domain));

  const byHost = new Map<string, RegistryEntry>();
  const entries: RegistryEntry[] = [];
  for (const entry of registry.entries) {
    const watchedHosts = entry.hosts.filter(isWatched);
    if (watchedHosts.length === 0) continue;
    entries.push(entry);
    for (const host of watchedHosts) {
      const key = foldWww(host);
      // parseRegistry rejects a host in two entries; should one slip through, the first one wins.
      if (!byHost.has(key)) byHost.set(key, entry);
    }
  }

  const counts = Object.fromEntries(REGISTRY_STATUSES.map((status) => [status, 0])) as Record<RegistryStatus, number>;
  for (const entry of entries) counts[entry.status] += 1;

  return {
    entries,
    lookup(host) {
      const normalised = normaliseHost(host);
      // Checked on the host as given, before folding, so `www.<unwatched>` can never slip in.
      if (normalised === null || !isWatched(normalised)) return null;
      return byHost.get(foldWww(normalised)) ?? null;
    },
    countsByStatus: () => ({ ...counts }),
  };
}
