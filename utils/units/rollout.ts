import type { CensusRegistry, CensusRow } from '../rekap/census';
import type { ObservedState } from '../rekap/host-findings';
import type { RekapFinding } from '../rekap/rekap-types';
import type { RegistryEntry } from '../registry/schema';
import type { SweepSighting } from './sweep-sightings';
import { ownerIndex, ownerUnit } from './unit-owner';
import type { PlanUnit, UnitPlan } from './unit-plan-schema';

/**
 * The rollout of "every unit on its own subdomain": per unit of the plan, whether a site is known,
 * registered, seen alive (by a visit or a sweep) and when, its problems and the apps registered
 * under it; totals per group in the article's terms and progress per kecamatan. Pure: the
 * dashboard, the xlsx rekap and the CLI all read this.
 */

/** The three groups the totals speak of: OPD (every opd.csv unit, kecamatan included), kecamatan, kelurahan. */
export const COVERAGE_GROUPS = ['opd', 'kecamatan', 'kelurahan'] as const;
export type CoverageGroup = (typeof COVERAGE_GROUPS)[number];

/** A unit's state over all its hosts. `failing`: seen, but no host answered properly when last seen. */
export type UnitState = 'alive' | 'failing' | 'never-seen' | 'no-site';

export interface UnitHost {
  host: string;
  /** From the plan, or attached later through a registry entry's `opd`. */
  via: 'plan' | 'registry';
  registered: boolean;
  state: ObservedState;
  /** When last seen by anyone (epoch ms), and by what. */
  seenAt: number | null;
  seenBy: 'visit' | 'sweep' | null;
  /** When last seen alive, or null, and by what. */
  aliveAt: number | null;
  aliveBy: 'visit' | 'sweep' | null;
  findings: RekapFinding[];
}

export interface UnitCoverage {
  unit: PlanUnit;
  hosts: UnitHost[];
  state: UnitState;
  hasSite: boolean;
  registered: boolean;
  seen: boolean;
  alive: boolean;
  lastAliveAt: number | null;
  lastSeenAt: number | null;
  /** Every host's findings, each with its host, most severe first. */
  problems: Array<RekapFinding & { host: string }>;
  /** Registry entries of the unit (by `opd`, or holding one of its hosts). */
  apps: RegistryEntry[];
}

export interface GroupTotals {
  group: CoverageGroup;
  units: number;
  withSite: number;
  registered: number;
  seen: number;
  alive: number;
  withProblems: number;
}

export interface KecamatanProgress {
  kecamatan: UnitCoverage;
  kelurahan: number;
  kelurahanWithSite: number;
  kelurahanAlive: number;
}

export interface Coverage {
  units: UnitCoverage[];
  totals: Record<CoverageGroup, GroupTotals>;
  perKecamatan: KecamatanProgress[];
}

export interface CoverageInput {
  plan: UnitPlan;
  registry: CensusRegistry;
  /** The census rows (hosts seen in visits, with their latest inspection and findings). */
  rows: readonly CensusRow[];
  /** Sweep results of hosts no export carries (this browser's own sweeps). */
  sweeps?: readonly SweepSighting[];
}

const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;
// One collator: String.prototype.localeCompare with a locale builds one per call (slow over 219 units).
const byName = new Intl.Collator('id').compare;
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function groupsOf(unit: PlanUnit): CoverageGroup[] {
  if (unit.kind === 'kelurahan') return ['kelurahan'];
  return unit.kind === 'kecamatan' ? ['opd', 'kecamatan'] : ['opd'];
}

/** The newest of a visit-side observation and a sweep sighting of one host. */
function observe(host: string, via: UnitHost['via'], row: CensusRow | undefined, sweep: SweepSighting | undefined, registry: CensusRegistry): UnitHost {
  const inspectedAt = row?.merged?.inspection == null ? null : Date.parse(row.merged.inspection.checkedAt);
  const rowAt = row?.merged == null ? null : Math.max(row.merged.lastSeen, inspectedAt ?? -Infinity);
  const rowBy = row?.merged?.inspection?.source === 'sweep' && inspectedAt !== null && inspectedAt >= row.merged.lastSeen ? 'sweep' : 'visit';
  const useSweep = sweep !== undefined && (rowAt === null || sweep.checkedAt > rowAt);
  const state: ObservedState = useSweep ? sweep.state : (row?.state ?? 'never-seen');
  const seenAt = useSweep ? sweep.checkedAt : rowAt;
  // Alive "when": the newest observation that found it alive (an older live visit still counts).
  const rowAlive = row?.state === 'live' ? rowAt : null;
  const sweepAlive = sweep?.state === 'live' ? sweep.checkedAt : null;
  const sweepNewer = sweepAlive !== null && (rowAlive === null || sweepAlive > rowAlive);
  return {
    host,
    via,
    registered: registry.lookup(host) !== null,
    state,
    seenAt,
    seenBy: seenAt === null ? null : useSweep ? 'sweep' : rowBy,
    aliveAt: sweepNewer ? sweepAlive : rowAlive,
    aliveBy: sweepNewer ? 'sweep' : rowAlive === null ? null : rowBy,
    findings: row?.merged == null ? [] : row.findings,
  };
}

/** Reads the plan against the registry in force, the census and this browser's sweeps. */
export function computeCoverage(input: CoverageInput): Coverage {
  const rows = new Map(input.rows.filter((row) => row.merged !== null).map((row) => [row.host, row]));
  const sweeps = new Map<string, SweepSighting>();
  for (const s of input.sweeps ?? []) if ((sweeps.get(s.host)?.checkedAt ?? -Infinity) < s.checkedAt) sweeps.set(s.host, s);
  const index = ownerIndex(input.plan.units);
  const byUnit = new Map<string, RegistryEntry[]>();
  for (const entry of input.registry.entries) {
    const unit = ownerUnit(entry.opd, index);
    if (unit !== null) byUnit.set(unit.id, [...(byUnit.get(unit.id) ?? []), entry]);
  }
  const units = input.plan.units.map((unit): UnitCoverage => {
    const apps = [...(byUnit.get(unit.id) ?? [])];
    for (const host of unit.hosts) {
      const entry = input.registry.lookup(host);
      if (entry !== null && !apps.includes(entry)) apps.push(entry);
    }
    const planned = new Set(unit.hosts);
    const extra = [...new Set(apps.flatMap((entry) => entry.hosts))].filter((host) => !planned.has(host)).sort();
    const hosts = [
      ...unit.hosts.map((host) => observe(host, 'plan', rows.get(host), sweeps.get(host), input.registry)),
      ...extra.map((host) => observe(host, 'registry', rows.get(host), sweeps.get(host), input.registry)),
    ];
    const times = (pick: (h: UnitHost) => number | null) => {
      const values = hosts.map(pick).filter((t): t is number => t !== null);
      return values.length === 0 ? null : Math.max(...values);
    };
    const lastSeenAt = times((h) => h.seenAt);
    const alive = hosts.some((h) => h.seenAt !== null && h.state === 'live');
    const problems = hosts
      .flatMap((h) => h.findings.map((f) => ({ ...f, host: h.host })))
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || byCode(a.host, b.host) || byCode(a.code, b.code));
    return {
      unit,
      hosts,
      state: hosts.length === 0 ? 'no-site' : alive ? 'alive' : lastSeenAt === null ? 'never-seen' : 'failing',
      hasSite: hosts.length > 0,
      registered: hosts.some((h) => h.registered),
      seen: lastSeenAt !== null,
      alive,
      lastAliveAt: times((h) => h.aliveAt),
      lastSeenAt,
      problems,
      apps: apps.sort((a, b) => byName(a.name, b.name)),
    };
  });
  return { units, totals: totalsOf(units), perKecamatan: progressPerKecamatan(units) };
}

function totalsOf(units: readonly UnitCoverage[]): Record<CoverageGroup, GroupTotals> {
  const empty = (group: CoverageGroup): GroupTotals => ({ group, units: 0, withSite: 0, registered: 0, seen: 0, alive: 0, withProblems: 0 });
  const totals = { opd: empty('opd'), kecamatan: empty('kecamatan'), kelurahan: empty('kelurahan') };
  for (const u of units) {
    for (const group of groupsOf(u.unit)) {
      const t = totals[group];
      t.units += 1;
      t.withSite += u.hasSite ? 1 : 0;
      t.registered += u.registered ? 1 : 0;
      t.seen += u.seen ? 1 : 0;
      t.alive += u.alive ? 1 : 0;
      t.withProblems += u.problems.length > 0 || u.state === 'failing' ? 1 : 0;
    }
  }
  return totals;
}

function progressPerKecamatan(units: readonly UnitCoverage[]): KecamatanProgress[] {
  return units
    .filter((u) => u.unit.kind === 'kecamatan')
    .map((kecamatan) => {
      const kelurahan = units.filter((u) => u.unit.kind === 'kelurahan' && u.unit.kecamatan === kecamatan.unit.code);
      return {
        kecamatan,
        kelurahan: kelurahan.length,
        kelurahanWithSite: kelurahan.filter((u) => u.hasSite).length,
        kelurahanAlive: kelurahan.filter((u) => u.alive).length,
      };
    });
}

/** The units of one group, or of one kecamatan (the kecamatan and its kelurahan). */
export function filterCoverage(units: readonly UnitCoverage[], filter: { group?: CoverageGroup | 'all'; kecamatan?: string | null }): UnitCoverage[] {
  return units.filter((u) => {
    if (filter.group !== undefined && filter.group !== 'all' && !groupsOf(u.unit).includes(filter.group)) return false;
    if (filter.kecamatan == null || filter.kecamatan === '') return true;
    return u.unit.code === filter.kecamatan || u.unit.kecamatan === filter.kecamatan;
  });
}
