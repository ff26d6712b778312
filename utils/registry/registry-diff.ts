import { foldWww } from '../domains/host-match';
import type { Registry, RegistryEntry } from './schema';

/**
 * The difference between the registry in force and one about to replace it, for the preview an
 * administrator confirms. Entries are matched by id, then (for ids that changed) by a shared host,
 * so an app an office renamed shows as "changed", not as one removal and one addition.
 * Pure and deterministic: lists are sorted by id, fields in the registry's field order.
 */

/** Fields compared, in the order a registry file writes them. */
export const DIFF_FIELDS = [
  'id',
  'name',
  'abbreviation',
  'hosts',
  'opd',
  'unitKind',
  'category',
  'platforms',
  'status',
  'description',
  'androidPackage',
  'url',
  'source',
] as const satisfies ReadonlyArray<keyof RegistryEntry>;

export type DiffField = (typeof DIFF_FIELDS)[number];
export type FieldValue = RegistryEntry[DiffField];

export interface FieldChange {
  field: DiffField;
  before: FieldValue;
  after: FieldValue;
}

export interface ChangedEntry {
  /** The id in the current registry and in the next one (they differ when matched by host). */
  id: string;
  previousId: string;
  name: string;
  changes: FieldChange[];
}

export interface RegistryDiff {
  added: RegistryEntry[];
  removed: RegistryEntry[];
  changed: ChangedEntry[];
  unchanged: number;
  /** Registry header changes worth showing: version and domains. */
  header: Array<{ field: 'version' | 'domains'; before: string; after: string }>;
}

/** True when nothing an administrator would see differs (header included). */
export function isEmptyDiff(diff: RegistryDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0 && diff.header.length === 0;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Compares two registries entry by entry and field by field. */
export function diffRegistries(current: Registry, next: Registry): RegistryDiff {
  const currentById = new Map(current.entries.map((entry) => [entry.id, entry]));
  const pairs: Array<[RegistryEntry, RegistryEntry]> = [];
  const unmatchedNext: RegistryEntry[] = [];
  const matchedCurrent = new Set<RegistryEntry>();
  for (const entry of next.entries) {
    const same = currentById.get(entry.id);
    if (same === undefined) unmatchedNext.push(entry);
    else {
      pairs.push([same, entry]);
      matchedCurrent.add(same);
    }
  }
  // Second pass: an entry whose id changed is found by any host it shares (www. folded).
  const currentByHost = new Map<string, RegistryEntry>();
  for (const entry of current.entries) {
    if (matchedCurrent.has(entry)) continue;
    for (const host of entry.hosts) if (!currentByHost.has(foldWww(host))) currentByHost.set(foldWww(host), entry);
  }
  const added: RegistryEntry[] = [];
  for (const entry of [...unmatchedNext].sort(byId)) {
    const match = entry.hosts.map((host) => currentByHost.get(foldWww(host))).find((c) => c !== undefined && !matchedCurrent.has(c));
    if (match === undefined) added.push(entry);
    else {
      pairs.push([match, entry]);
      matchedCurrent.add(match);
    }
  }
  const changed: ChangedEntry[] = [];
  let unchanged = 0;
  for (const [before, after] of pairs) {
    const changes = compareEntries(before, after);
    if (changes.length === 0) unchanged += 1;
    else changed.push({ id: after.id, previousId: before.id, name: after.name, changes });
  }
  const header: RegistryDiff['header'] = [];
  if (current.version !== next.version) header.push({ field: 'version', before: current.version, after: next.version });
  const domains = (r: Registry) => [...r.domains].sort().join(', ');
  if (domains(current) !== domains(next)) header.push({ field: 'domains', before: domains(current), after: domains(next) });
  return {
    added,
    removed: current.entries.filter((entry) => !matchedCurrent.has(entry)).sort(byId),
    changed: changed.sort(byId),
    unchanged,
    header,
  };
}

/** The fields that differ. Lists (hosts, platforms, sources) are compared as sets: order carries no meaning. */
export function compareEntries(before: RegistryEntry, after: RegistryEntry): FieldChange[] {
  return DIFF_FIELDS.filter((field) => !sameValue(before[field], after[field])).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = [...new Set<string>(a)].sort();
    const right = [...new Set<string>(b)].sort();
    return left.length === right.length && left.every((value, index) => value === right[index]);
  }
  return a === b;
}
