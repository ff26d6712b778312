import type { ExportV1 } from '../export/export-schema';
import type { Coverage, UnitState } from './rollout';

/**
 * The rollout's per-unit rows as the JSON rekap carries them (`units`, additive to export version
 * 1; see docs/export-format.md). Times are ISO strings like the rest of the file.
 */
/** One unit in a rekap file, as utils/export/export-schema.ts defines it. */
export type ExportUnitV1 = NonNullable<ExportV1['units']>[number];

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function coverageToExport(coverage: Coverage): ExportUnitV1[] {
  return coverage.units.map((u) => ({
    id: u.unit.id,
    kind: u.unit.kind,
    name: u.unit.name,
    ...(u.unit.code === undefined ? {} : { code: u.unit.code }),
    ...(u.unit.kecamatan === undefined ? {} : { kecamatan: u.unit.kecamatan }),
    state: u.state,
    hosts: u.hosts.map((h) => ({ host: h.host, registered: h.registered, state: h.state, lastSeen: iso(h.seenAt), lastAlive: iso(h.aliveAt) })),
    lastSeen: iso(u.lastSeenAt),
    lastAlive: iso(u.lastAliveAt),
    findings: u.problems.length,
    apps: u.apps.map((a) => a.id),
  }));
}
