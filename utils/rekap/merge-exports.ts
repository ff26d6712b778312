import type { ExportHostV1, ExportProposalV1, ExportV1 } from '../export/export-schema';
import { FINDINGS } from '../findings/findings';
import { isUnderDomain } from '../domains/host-match';
import { compareText, exportIdentity, sourcesOf, identityOfSource } from './rekap-sources';
import type { CollectorRef, Inspection, MergedHost, Rekap, RekapFinding, RekapSource, RekapWarning } from './rekap-types';

/**
 * Merges many collectors' exports into one rekap. Pure, and independent of input order: inputs
 * are put in a canonical order first, and every tie is broken on content, never on position.
 *
 * - The same export given twice (same collector and exportedAt) counts once.
 * - A rekap given as input contributes the exports it lists (`collectors`); one whose exports are
 *   all already present adds nothing.
 * - Per host: first seen = earliest, last seen = latest, visits summed, last visit details from
 *   the latest copy, the latest inspection (by `checkedAt`) kept whole, collectors united.
 * - Hosts outside `domains` are left out and counted in a warning: the rekap stays a census of the
 *   watched city domains, whatever a file contains.
 * - Proposals are carried through: one per host and collector, the newest (`createdAt`) kept.
 */
export function mergeExports(exports: readonly ExportV1[], domains: readonly string[]): Rekap {
  const inputs = canonicalOrder(exports);
  const covered = new Map<string, RekapSource>();
  const merging = new Map<string, HostAccumulator>();
  let outside = 0;
  let overlapping = false;
  let duplicates = 0;

  for (const { data, sources } of inputs) {
    const fresh = sources.filter((source) => !covered.has(identityOfSource(source)));
    if (fresh.length === 0) {
      duplicates += 1; // everything in it is already counted
      continue;
    }
    if (fresh.length < sources.length) overlapping = true;
    for (const source of fresh) covered.set(identityOfSource(source), source);
    const fallbackCollectors: CollectorRef[] = [{ name: data.collector.name, unit: data.collector.unit }];
    for (const host of data.hosts) {
      if (!domains.some((domain) => isUnderDomain(host.host, domain))) {
        outside += 1;
        continue;
      }
      const accumulator = merging.get(host.host);
      if (accumulator === undefined) merging.set(host.host, startHost(host, fallbackCollectors));
      else addCopy(accumulator, host, fallbackCollectors);
    }
  }

  const sources = [...covered.values()].sort(compareSources);
  const hosts = [...merging.values()].map(finishHost).sort((a, b) => compareText(a.host, b.host));
  // An export with no hosts says nothing about when apps were seen, so it does not move "as of"
  // (the dashboard's own empty record would otherwise make months-old exports look stale).
  const asOf = sources
    .filter((source) => source.hosts > 0)
    .reduce<number | null>((latest, s) => Math.max(latest ?? -Infinity, Date.parse(s.exportedAt)), null);
  const proposals = mergeProposals(exports.flatMap((data) => data.proposals ?? []), domains);
  return { sources, hosts, duplicates, asOf, warnings: warningsFor(sources, outside, overlapping), proposals };
}

/**
 * The newest proposal per host and collector (a collector who edits a proposal sends it again), under
 * the watched domains, sorted by host then collector. Ties on `createdAt` are broken on content, so
 * the result does not depend on input order.
 */
export function mergeProposals(proposals: readonly ExportProposalV1[], domains: readonly string[]): ExportProposalV1[] {
  const newest = new Map<string, { proposal: ExportProposalV1; time: number; text: string }>();
  for (const proposal of proposals) {
    if (!domains.some((domain) => isUnderDomain(proposal.host, domain))) continue;
    const key = JSON.stringify([proposal.host, proposal.collector.name, proposal.collector.unit]);
    const time = Date.parse(proposal.createdAt);
    const text = JSON.stringify(proposal);
    const kept = newest.get(key);
    if (kept === undefined || time > kept.time || (time === kept.time && compareText(text, kept.text) > 0)) newest.set(key, { proposal, time, text });
  }
  return [...newest.values()]
    .map(({ proposal }) => proposal)
    .sort((a, b) => compareText(a.host, b.host) || compareCollectors(a.collector, b.collector));
}

interface CanonicalInput {
  data: ExportV1;
  sources: RekapSource[];
  key: string;
}

/**
 * Rekaps first (most sources first), then by identity; identical identities by content. Processing
 * in this order makes "which copy of a duplicate is kept" a property of the inputs, not their order.
 */
function canonicalOrder(exports: readonly ExportV1[]): CanonicalInput[] {
  const inputs = exports.map((data) => ({ data, sources: sourcesOf(data), key: exportIdentity(data) }));
  const content = new Map<ExportV1, string>();
  const contentOf = (data: ExportV1): string => {
    let text = content.get(data);
    if (text === undefined) content.set(data, (text = JSON.stringify(data)));
    return text;
  };
  return inputs.sort(
    (a, b) =>
      b.sources.length - a.sources.length ||
      compareText(a.key, b.key) ||
      // Only reached for two different files claiming the same identity: rare, so the cost is fine.
      compareText(contentOf(a.data), contentOf(b.data)),
  );
}

interface HostAccumulator {
  host: string;
  firstSeen: number;
  lastSeen: number;
  visits: number;
  latest: ExportHostV1;
  collectors: Map<string, CollectorRef>;
  inspection: { value: Inspection; time: number; from: ExportHostV1 } | null;
}

function collectorsOf(host: ExportHostV1, fallback: CollectorRef[]): CollectorRef[] {
  // A rekap's hosts list their own collectors; a single export's hosts were all seen by its collector.
  return host.collectors === undefined ? fallback : host.collectors.map((c) => ({ name: c.name, unit: c.unit }));
}

function inspectionOf(host: ExportHostV1): { value: Inspection; time: number; from: ExportHostV1 } | null {
  const value: unknown = (host as Record<string, unknown>).inspection;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const checkedAt = (value as Record<string, unknown>).checkedAt;
  const time = typeof checkedAt === 'string' ? Date.parse(checkedAt) : Number.NaN;
  return Number.isNaN(time) ? null : { value: value as Inspection, time, from: host };
}

function startHost(host: ExportHostV1, fallback: CollectorRef[]): HostAccumulator {
  const accumulator: HostAccumulator = {
    host: host.host,
    firstSeen: Date.parse(host.firstSeen),
    lastSeen: Date.parse(host.lastSeen),
    visits: host.visits,
    latest: host,
    collectors: new Map(),
    inspection: inspectionOf(host),
  };
  for (const collector of collectorsOf(host, fallback)) accumulator.collectors.set(collectorKey(collector), collector);
  return accumulator;
}

function addCopy(into: HostAccumulator, host: ExportHostV1, fallback: CollectorRef[]): void {
  const firstSeen = Date.parse(host.firstSeen);
  const lastSeen = Date.parse(host.lastSeen);
  into.firstSeen = Math.min(into.firstSeen, firstSeen);
  into.visits += host.visits;
  if (lastSeen > into.lastSeen || (lastSeen === into.lastSeen && compareText(lastVisitKey(host), lastVisitKey(into.latest)) > 0)) {
    into.latest = host;
  }
  into.lastSeen = Math.max(into.lastSeen, lastSeen);
  for (const collector of collectorsOf(host, fallback)) into.collectors.set(collectorKey(collector), collector);
  const inspection = inspectionOf(host);
  if (inspection !== null && (into.inspection === null || isLater(inspection, into.inspection))) into.inspection = inspection;
}

function isLater(a: { value: Inspection; time: number }, b: { value: Inspection; time: number }): boolean {
  return a.time > b.time || (a.time === b.time && compareText(JSON.stringify(a.value), JSON.stringify(b.value)) > 0);
}

const lastVisitKey = (host: ExportHostV1): string =>
  JSON.stringify([host.lastOutcome, host.lastError, host.lastUrl, host.lastTitle]);

const collectorKey = (collector: CollectorRef): string => JSON.stringify([collector.name, collector.unit]);

/**
 * Codes whose evidence an export does not carry (the form's action URL, the generator tag), so a
 * merge cannot recompute them: the collector's own finding is kept instead.
 */
export const CARRIED_CODES: ReadonlySet<string> = new Set(['login-over-http', 'version-exposed']);
const RECOMPUTED_CODES: ReadonlySet<string> = new Set(Object.keys(FINDINGS).filter((code) => !CARRIED_CODES.has(code)));

function finishHost(accumulator: HostAccumulator): MergedHost {
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
    collectors: [...accumulator.collectors.values()].sort(compareCollectors),
    inspection: accumulator.inspection?.value ?? null,
    foreignFindings,
  };
}

/** By name, then unit (code-unit order: the same on every machine). */
export function compareCollectors(a: CollectorRef, b: CollectorRef): number {
  return compareText(a.name, b.name) || compareText(a.unit, b.unit);
}

function compareSources(a: RekapSource, b: RekapSource): number {
  return compareText(a.exportedAt, b.exportedAt) || compareCollectors(a, b);
}

function warningsFor(sources: readonly RekapSource[], outside: number, overlapping: boolean): RekapWarning[] {
  const warnings: RekapWarning[] = [];
  const versions = [...new Set(sources.map((source) => source.registryVersion))].sort(compareText);
  if (versions.length > 1) warnings.push({ code: 'registry-versions', params: [versions.join(', ')] });
  if (outside > 0) warnings.push({ code: 'outside-domains', params: [String(outside)] });
  if (overlapping) warnings.push({ code: 'overlap', params: [] });
  const perCollector = new Map<string, { collector: CollectorRef; count: number }>();
  for (const source of sources) {
    const key = collectorKey(source);
    const seen = perCollector.get(key) ?? { collector: source, count: 0 };
    seen.count += 1;
    perCollector.set(key, seen);
  }
  for (const { collector, count } of perCollector.values()) {
    if (count > 1) warnings.push({ code: 'same-collector', params: [collectorLabel(collector), String(count)] });
  }
  return warnings;
}

/** "Name (Unit)", or whichever part is set; empty collectors read as "?" (the UI explains). */
export function collectorLabel(collector: CollectorRef): string {
  const name = collector.name.trim();
  const unit = collector.unit.trim();
  if (name !== '' && unit !== '') return `${name} (${unit})`;
  return name !== '' ? name : unit !== '' ? unit : '?';
}
