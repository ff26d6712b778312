import type { Severity } from '../findings/findings';
import type { RegistryEntry, RegistryStatus } from '../registry/schema';
import { REGISTRY_STATUSES } from '../registry/schema';
import { findingsForHost, observedState, type ObservedState } from './host-findings';
import type { MergedHost, Rekap, RekapFinding } from './rekap-types';
import { compareText } from './rekap-sources';

/**
 * The rekap read against the current registry: one row per host seen and per registry entry
 * nobody saw, the summary in the article's terms ("37 dari 76 aktif"), counts per OPD and the
 * three lists an auditor acts on. Pure: the dashboard, the xlsx and the CLI all use this.
 */

/** What the census needs of the registry (utils/registry/registry-index.ts). */
export interface CensusRegistry {
  readonly entries: readonly RegistryEntry[];
  lookup(host: string): RegistryEntry | null;
}

export interface CensusOptions {
  /** "Seen / alive in the last N days" (a dashboard setting). */
  recentDays: number;
  /** Reference time when the rekap has no source (epoch ms); otherwise the rekap's asOf is used. */
  now: number;
}

export type RowStatus = RegistryStatus | 'unregistered';

export interface CensusRow {
  /** Stable key: the host, or `entry:<id>` for an entry nobody saw. */
  key: string;
  /** The host; for an entry nobody saw, its hosts joined with ", ". */
  host: string;
  entry: RegistryEntry | null;
  status: RowStatus;
  state: ObservedState;
  lastSeen: number | null;
  visits: number;
  findings: RekapFinding[];
  /** The merged host, null for an entry nobody saw. */
  merged: MergedHost | null;
}

/** A registered app's state over all its hosts. */
export type EntryState = 'alive' | 'problem' | 'never-seen';
export type ReviewReason = 'down' | 'placeholder' | 'stale' | 'inactive-but-live';

export interface ReviewItem {
  entry: RegistryEntry;
  reasons: ReviewReason[];
  rows: CensusRow[];
}

export interface CensusSummary {
  registryEntries: number;
  registryByStatus: Record<RegistryStatus, number>;
  /** Registered apps with any host seen in the last `recentDays` days. */
  registeredSeen: number;
  /** Registered apps with a host that was live when last seen, in the last `recentDays` days. */
  registeredAlive: number;
  aktifEntries: number;
  aktifAlive: number;
  neverSeen: number;
  hostsSeen: number;
  unregisteredHosts: number;
  unregisteredLive: number;
  findingsBySeverity: Record<Severity, number>;
  sources: number;
  recentDays: number;
  /** The reference time "the last N days" count back from (epoch ms). */
  asOf: number;
}

export interface OpdCount {
  /** Owning unit; '' when no source names one. */
  opd: string;
  alive: number;
  problem: number;
  neverSeen: number;
}

export interface Census {
  rows: CensusRow[];
  summary: CensusSummary;
  perOpd: OpdCount[];
  /** Unregistered hosts seen live: candidates to add to the registry. */
  toAdd: CensusRow[];
  /** Registered apps to look at: `aktif` but down, placeholder or stale; `tidak-aktif` but live. */
  toReview: ReviewItem[];
  /** Registered apps no collector visited. */
  neverSeen: RegistryEntry[];
}

const DAY = 86_400_000;
const STALE_CONTENT = 'stale-content';

function hostRow(host: MergedHost, entry: RegistryEntry | null): CensusRow {
  return {
    key: host.host,
    host: host.host,
    entry,
    status: entry === null ? 'unregistered' : entry.status,
    state: observedState(host),
    lastSeen: host.lastSeen,
    visits: host.visits,
    findings: findingsForHost(entry, host),
    merged: host,
  };
}

function unseenRow(entry: RegistryEntry): CensusRow {
  return {
    key: `entry:${entry.id}`,
    host: entry.hosts.join(', '),
    entry,
    status: entry.status,
    state: 'never-seen',
    lastSeen: null,
    visits: 0,
    findings: [],
    merged: null,
  };
}

/** Builds the census of a rekap against the registry in force. */
export function buildCensus(rekap: Rekap, registry: CensusRegistry, options: CensusOptions): Census {
  const asOf = rekap.asOf ?? options.now;
  const since = asOf - Math.max(0, options.recentDays) * DAY;
  const byEntry = new Map<string, CensusRow[]>();
  const rows: CensusRow[] = [];
  for (const host of rekap.hosts) {
    const row = hostRow(host, registry.lookup(host.host));
    rows.push(row);
    if (row.entry !== null) byEntry.set(row.entry.id, [...(byEntry.get(row.entry.id) ?? []), row]);
  }

  const neverSeen: RegistryEntry[] = [];
  const toReview: ReviewItem[] = [];
  const perOpd = new Map<string, OpdCount>();
  let registeredSeen = 0;
  let registeredAlive = 0;
  let aktifAlive = 0;
  for (const entry of registry.entries) {
    const seen = byEntry.get(entry.id) ?? [];
    if (seen.length === 0) {
      neverSeen.push(entry);
      rows.push(unseenRow(entry));
    }
    const recent = seen.some((row) => (row.lastSeen ?? -Infinity) >= since);
    const alive = seen.some((row) => row.state === 'live' && (row.lastSeen ?? -Infinity) >= since);
    const state: EntryState = seen.length === 0 ? 'never-seen' : alive ? 'alive' : 'problem';
    if (recent) registeredSeen += 1;
    if (alive) registeredAlive += 1;
    if (alive && entry.status === 'aktif') aktifAlive += 1;
    const opd = perOpd.get(entry.opd) ?? { opd: entry.opd, alive: 0, problem: 0, neverSeen: 0 };
    if (state === 'alive') opd.alive += 1;
    else if (state === 'problem') opd.problem += 1;
    else opd.neverSeen += 1;
    perOpd.set(entry.opd, opd);
    const reasons = reviewReasons(entry, seen, alive, recent);
    if (reasons.length > 0) toReview.push({ entry, reasons, rows: seen });
  }

  const findingsBySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const row of rows) for (const finding of row.findings) findingsBySeverity[finding.severity] += 1;
  const unregistered = rows.filter((row) => row.status === 'unregistered');
  const registryByStatus = Object.fromEntries(REGISTRY_STATUSES.map((s) => [s, 0])) as Record<RegistryStatus, number>;
  for (const entry of registry.entries) registryByStatus[entry.status] += 1;

  return {
    rows,
    summary: {
      registryEntries: registry.entries.length,
      registryByStatus,
      registeredSeen,
      registeredAlive,
      aktifEntries: registryByStatus.aktif,
      aktifAlive,
      neverSeen: neverSeen.length,
      hostsSeen: rekap.hosts.length,
      unregisteredHosts: unregistered.length,
      unregisteredLive: unregistered.filter((row) => row.state === 'live').length,
      findingsBySeverity,
      sources: rekap.sources.length,
      recentDays: options.recentDays,
      asOf,
    },
    perOpd: [...perOpd.values()].sort(
      (a, b) => b.alive + b.problem + b.neverSeen - (a.alive + a.problem + a.neverSeen) || compareText(a.opd, b.opd),
    ),
    toAdd: unregistered.filter((row) => row.state === 'live'),
    toReview,
    neverSeen,
  };
}

function reviewReasons(entry: RegistryEntry, seen: readonly CensusRow[], alive: boolean, recent: boolean): ReviewReason[] {
  if (seen.length === 0) return [];
  const reasons = new Set<ReviewReason>();
  if (entry.status === 'aktif') {
    if (!alive) {
      for (const row of seen) if (row.state === 'down' || row.state === 'placeholder') reasons.add(row.state);
    }
    if (!recent || seen.some((row) => row.findings.some((finding) => finding.code === STALE_CONTENT))) reasons.add('stale');
  }
  if (entry.status === 'tidak-aktif' && seen.some((row) => row.state === 'live')) reasons.add('inactive-but-live');
  const order: ReviewReason[] = ['down', 'placeholder', 'stale', 'inactive-but-live'];
  return order.filter((reason) => reasons.has(reason));
}
