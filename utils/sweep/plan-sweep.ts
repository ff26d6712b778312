import { isUnderDomain } from '../domains/host-match';
import type { RegistryEntry } from '../registry/schema';

/**
 * Which hosts a sweep checks: every host of the registry entries on the watched domains and,
 * optionally, the known unit sites of the unit plan and the unregistered hosts already seen. Hosts
 * a previous, interrupted run of the same sweep already stored (`done`) are left out, so resuming after the service worker died or the
 * dashboard closed never probes a host twice.
 */
export function planSweep(input: {
  entries: readonly RegistryEntry[];
  watchedDomains: readonly string[];
  /** Hosts seen in visits (HostRecord.host); only used with includeUnregistered. */
  seenHosts?: readonly string[];
  includeUnregistered?: boolean;
  /** More hosts to check whether registered or not: the known unit sites of the unit plan, when asked. */
  extraHosts?: readonly string[];
  done?: ReadonlySet<string>;
}): string[] {
  const watched = (host: string) => input.watchedDomains.some((domain) => isUnderDomain(host, domain));
  const registered = input.entries.flatMap((entry) => entry.hosts);
  const known = new Set(registered);
  const extra = input.includeUnregistered === true ? (input.seenHosts ?? []).filter((host) => !known.has(host)) : [];
  const plan: string[] = [];
  const taken = new Set<string>();
  for (const host of [...registered, ...(input.extraHosts ?? []), ...extra]) {
    if (!watched(host) || taken.has(host) || input.done?.has(host) === true) continue;
    taken.add(host);
    plan.push(host);
  }
  return plan;
}
