import { isUnderDomain } from '../domains/host-match';
import type { LocalText } from '../text/local-text';
import type { Registry } from './schema';

/**
 * The one rule every incoming registry passes before anything changes (update URL, dashboard
 * import, apply): it must have an entry on a watched domain. A registry without one (`entries: []`,
 * or only another city's hosts) would turn every city host "unregistered"; it is refused and the
 * registry in force stays (issue 10, fault 3).
 */
export function noWatchedEntryReason(registry: Pick<Registry, 'entries'>, watchedDomains: readonly string[]): LocalText | null {
  const watched = registry.entries.some((entry) => entry.hosts.some((host) => watchedDomains.some((domain) => isUnderDomain(host, domain))));
  if (watched) return null;
  const domains = watchedDomains.join(', ');
  return {
    id: `Registri ditolak: tidak satu pun entri berada di domain yang dipantau (${domains}); registri yang berlaku tetap dipakai.`,
    en: `Registry refused: no entry is on a watched domain (${domains}); the registry in force stays.`,
  };
}
