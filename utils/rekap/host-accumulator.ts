import type { ExportHostV1 } from '../export/export-schema';
import { FINDINGS } from '../findings/findings';
import { compareText } from './rekap-sources';
import type { CollectorRef, Inspection, MergedHost, RekapFinding } from './rekap-types';

/**
 * One host being merged from many collectors' copies (utils/rekap/merge-exports.ts). Every choice
 * between two copies is a maximum over their content, never "the first one": folding copies in any
 * order gives the same host, which is what lets the CLI stream exports one at a time.
 */
export interface HostAccumulator {
  host: string;
  firstSeen: number;
  lastSeen: number;
  visits: number;
  latest: ExportHostV1;
  /** Ids in the fold's collector table: a census of thousands of collectors keeps one object each. */
  collectors: Set<number>;
  inspection: { value: Inspection; time: number; from: ExportHostV1 } | null;
}

/** Interns collectors, so each (host, collector) pair costs a small integer, not an object. */
export class CollectorTable {
  private readonly ids = new Map<string, number>();
  private readonly refs: CollectorRef[] = [];
  /** The same object seen again (a stored census shares one per collector) skips the key. */
  private readonly known = new WeakMap<CollectorRef, number>();

  idOf(collector: CollectorRef): number {
    const known = this.known.get(collector);
    if (known !== undefined) return known;
    const key = collectorKey(collector);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.refs.length;
      this.ids.set(key, id);
      this.refs.push({ name: collector.name, unit: collector.unit });
    }
    this.known.set(collector, id);
    return id;
  }

  refOf(id: number): CollectorRef {
    return this.refs[id]!;
  }
}

export const collectorKey = (collector: CollectorRef): string => JSON.stringify([collector.name, collector.unit]);

function collectorsOf(host: ExportHostV1, fallback: readonly number[], table: CollectorTable): readonly number[] {
  // A rekap's hosts list their own collectors; a single export's hosts were all seen by its collector.
  return host.collectors === undefined ? fallback : host.collectors.map((c) => table.idOf(c));
}

function inspectionOf(host: ExportHostV1): { value: Inspection; time: number; from: ExportHostV1 } | null {
  const value: unknown = (host as Record<string, unknown>).inspection;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const checkedAt = (value as Record<string, unknown>).checkedAt;
  const time = typeof checkedAt === 'string' ? Date.parse(checkedAt) : Number.NaN;
  return Number.isNaN(time) ? null : { value: value as Inspection, time, from: host };
}

/** The first copy of a host; `fallback` are the ids of the export's own collector. */
export function startHost(host: ExportHostV1, fallback: readonly number[], table: CollectorTable): HostAccumulator {
  return {
    host: host.host,
    firstSeen: Date.parse(host.firstSeen),
    lastSeen: Date.parse(host.lastSeen),
    visits: host.visits,
    latest: host,
    collectors: new Set(collectorsOf(host, fallback, table)),
    inspection: inspectionOf(host),
  };
}

/** Folds one more copy of the host in. */
export function addCopy(into: HostAccumulator, host: ExportHostV1, fallback: readonly number[], table: CollectorTable): void {
  const firstSeen = Date.parse(host.firstSeen);
  const lastSeen = Date.parse(host.lastSeen);
  into.firstSeen = Math.min(into.firstSeen, firstSeen);
  into.visits += host.visits;
  if (lastSeen > into.lastSeen || (lastSeen === into.lastSeen && compareText(lastVisitKey(host), lastVisitKey(into.latest)) > 0)) {
    into.latest = host;
  }
  into.lastSeen = Math.max(into.lastSeen, lastSeen);
  for (const id of collectorsOf(host, fallback, table)) into.collectors.add(id);
  const inspection = inspectionOf(host);
  if (inspection !== null && (into.inspection === null || isLater(inspection, into.inspection))) into.inspection = inspection;
}

function isLater(a: { value: Inspection; time: number; from: ExportHostV1 }, b: { value: Inspection; time: number; from: ExportHostV1 }): boolean {
  if (a.time !== b.time) return a.time > b.time;
  // Equal inspections may come with different findings (the carried ones): compare those too, so
  // the copy kept never depends on which came first.
  return compareText(JSON.stringify([a.value, a.from.findings]), JSON.stringify([b.value, b.from.findings])) > 0;
}

const lastVisitKey = (host: ExportHostV1): string =>
  JSON.stringify([host.lastOutcome, host.lastError, host.lastUrl, host.lastTitle, host.findings]);

/**
 * Codes whose evidence an export does not carry (the form's action URL, the generator tag), so a
 * merge cannot recompute them: the collector's own finding is kept instead.
 */
export const CARRIED_CODES: ReadonlySet<string> = new Set(['login-over-http', 'version-exposed']);
const RECOMPUTED_CODES: ReadonlySet<string> = new Set(Object.keys(FINDINGS).filter((code) => !CARRIED_CODES.has(code)));

/** The merged host; `compare` orders its collectors. */
export function finishHost(
  accumulator: HostAccumulator,
  table: CollectorTable,
  compare: (a: CollectorRef, b: CollectorRef) => number,
): MergedHost {
  const { latest } = accumulator;
  const findingsFrom = accumulator.inspection?.from ?? latest;
  const foreignFindings: RekapFinding[] = findingsFrom.findings
    .filter((finding) => !RECOMPUTED_CODES.has(finding.code))
    .map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      ...(typeof finding.detail === 'string' ? { detail: finding.detail } : {}),
    }));
  return {
    host: accumulator.host,
    firstSeen: accumulator.firstSeen,
    lastSeen: accumulator.lastSeen,
    visits: accumulator.visits,
    lastUrl: latest.lastUrl,
    lastTitle: latest.lastTitle,
    lastOutcome: latest.lastOutcome,
    lastError: latest.lastError,
    collectors: [...accumulator.collectors].map((id) => table.refOf(id)).sort(compare),
    inspection: accumulator.inspection?.value ?? null,
    foreignFindings,
  };
}
