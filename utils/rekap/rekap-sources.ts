import type { ExportV1 } from '../export/export-schema';
import type { RekapSource } from './rekap-types';

/** Plain code-unit comparison: the same result on every machine, unlike locale collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An ISO time in one canonical spelling, so `…:09Z` and `…:09.000Z` identify the same export. */
function canonicalTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString();
}

/** The identity of one export: its collector and the moment it was made. */
export function identityOfSource(source: Pick<RekapSource, 'name' | 'unit' | 'exportedAt'>): string {
  return JSON.stringify([source.name, source.unit, canonicalTime(source.exportedAt)]);
}

/** The identity of a file as given (for a rekap, the rekap's own collector and exportedAt). */
export function exportIdentity(data: ExportV1): string {
  return identityOfSource({ name: data.collector.name, unit: data.collector.unit, exportedAt: data.exportedAt });
}

/**
 * The single exports a file stands for: a rekap lists them in `collectors`; a collector's own
 * export stands for itself. Sorted and unique, so two files can be compared as sets.
 */
export function sourcesOf(data: ExportV1): RekapSource[] {
  const listed: RekapSource[] =
    data.collectors !== undefined && data.collectors.length > 0
      ? data.collectors.map((c) => ({
          name: c.name,
          unit: c.unit,
          exportedAt: canonicalTime(c.exportedAt),
          registryVersion: c.registryVersion,
          hosts: c.hosts,
        }))
      : [
          {
            name: data.collector.name,
            unit: data.collector.unit,
            exportedAt: canonicalTime(data.exportedAt),
            registryVersion: data.registry.version,
            hosts: data.hosts.length,
          },
        ];
  const unique = new Map(listed.map((source) => [identityOfSource(source), source]));
  return [...unique.entries()].sort(([a], [b]) => compareText(a, b)).map(([, source]) => source);
}
