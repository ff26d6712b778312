import type { RegistryIndex } from './registry-index';

/** Owning units named in the registry, for the collector's unit suggestions. */
export function opdNames(index: Pick<RegistryIndex, 'entries'>): string[] {
  const names = index.entries.map((entry) => entry.opd);
  return [...new Set(names.filter((name) => name !== ''))].sort((a, b) => a.localeCompare(b, 'id'));
}
