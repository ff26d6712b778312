import { foldWww } from '../domains/host-match';
import { parseRegistry, type ParseRegistryResult } from './parse-registry';
import { claimUniqueId } from './registry-id';
import type { Registry, RegistryEntry } from './schema';

/** A value that says nothing: absent, empty, an empty list, or "not known". */
const isEmptyValue = (value: unknown): boolean =>
  value === undefined || value === '' || value === 'tidak-diketahui' || (Array.isArray(value) && value.length === 0);

/**
 * The entry in force filled from an incoming one, field by field: a field the file leaves empty
 * (or, for a CSV, filled with a default: `blank`) keeps its value; sources are combined; the id
 * stays. Hosts are set by the caller.
 */
function fillEntry(old: RegistryEntry, incoming: RegistryEntry, blank: ReadonlySet<string>): RegistryEntry {
  const filled: Record<string, unknown> = { ...old };
  for (const [field, value] of Object.entries(incoming)) {
    if (field === 'id' || field === 'hosts' || field === 'source' || blank.has(field) || isEmptyValue(value)) continue;
    filled[field] = value;
  }
  filled.source = [...new Set([...old.source, ...incoming.source])];
  return filled as RegistryEntry;
}

/**
 * "Add to the registry in force" instead of "replace it": the default way a file is imported.
 * Pure; the preview diffs the result against the registry in force like any other import, and the
 * administrator confirms it the same way.
 *
 * - An incoming entry that shares a host (www. folded) with an entry in force fills it field by
 *   field (fillEntry: empty fields keep their value, sources combined) and keeps its id, so exports
 *   and merges still refer to the same app; it serves the hosts of both.
 * - An incoming entry that shares no host is added; an id already taken gets `-2`, `-3`, … (an id
 *   alone never replaces anything: two apps named alike are still two apps).
 * - A host that moves to an incoming entry is taken off the entry in force that listed it; an entry
 *   left with no host goes.
 * - Domains are united; the version is the import day (`YYYY.MM.DD`).
 */
export function mergeRegistries(current: Registry, incoming: Registry, now: Date, blankFields: Readonly<Record<string, readonly string[]>> = {}): ParseRegistryResult {
  const incomingHosts = new Set(incoming.entries.flatMap((entry) => entry.hosts.map(foldWww)));
  const replacedBy = new Map<RegistryEntry, RegistryEntry>();
  for (const entry of incoming.entries) {
    const match = current.entries.find((old) => !replacedBy.has(old) && old.hosts.some((host) => entry.hosts.some((h) => foldWww(h) === foldWww(host))));
    if (match !== undefined) replacedBy.set(match, entry);
  }
  const replacing = new Set(replacedBy.values());
  const taken = new Set<string>();
  const entries: RegistryEntry[] = [];
  for (const old of current.entries) {
    const replacement = replacedBy.get(old);
    if (replacement !== undefined) {
      // The incoming hosts, then those of the entry in force that no incoming entry takes.
      const hosts = [...replacement.hosts, ...old.hosts.filter((host) => !incomingHosts.has(foldWww(host)))];
      const filled = fillEntry(old, replacement, new Set(blankFields[replacement.id] ?? []));
      entries.push({ ...filled, hosts, id: claimUniqueId(old.id, taken) });
      continue;
    }
    const hosts = old.hosts.filter((host) => !incomingHosts.has(foldWww(host)));
    if (hosts.length > 0) entries.push({ ...old, hosts, id: claimUniqueId(old.id, taken) });
  }
  for (const entry of incoming.entries) {
    if (!replacing.has(entry)) entries.push({ ...entry, id: claimUniqueId(entry.id, taken) });
  }
  const day = now.toISOString().slice(0, 10);
  return parseRegistry({
    format: 'pantau.registry',
    version: day.replaceAll('-', '.'),
    domains: [...new Set([...current.domains, ...incoming.domains])],
    generatedAt: now.toISOString(),
    entries,
  });
}

/** True when every entry of a registry cites only proposals: such a file is meant to be added, not to replace. */
export function isProposalRegistry(registry: Registry): boolean {
  return registry.entries.length > 0 && registry.entries.every((entry) => entry.source.every((source) => source.startsWith('proposal:')));
}
