import type { ExportHostV1, ExportProposalV1, ExportV1 } from '../export/export-schema';
import { isUnderDomain } from '../domains/host-match';
import { addCopy, CollectorTable, collectorKey, finishHost, startHost, type HostAccumulator } from './host-accumulator';
import { compareText, exportIdentity, sourcesOf, identityOfSource } from './rekap-sources';
import type { CollectorRef, Rekap, RekapSource, RekapWarning } from './rekap-types';

export { CARRIED_CODES } from './host-accumulator';

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
  const fold = createRekapFold(domains);
  for (const { data, sources } of canonicalOrder(exports)) fold.add(data, sources);
  return fold.finish();
}

/** What adding one export to a fold did. */
export type FoldResult = 'merged' | 'duplicate';

/**
 * The merge one export at a time, for inputs too many to hold (the CLI's streaming rekap). Hosts
 * fold in any order to the same result; only which file of two overlapping ones is counted
 * depends on order, so a caller feeds inputs whose sources overlap in {@link compareInputs} order
 * (mergeExports does), or checks {@link RekapFold.overlaps} first.
 */
export interface RekapFold {
  /** Whether any export this file stands for is already merged. */
  overlaps(sources: readonly RekapSource[]): boolean;
  /** Merges one export; `sources` defaults to {@link sourcesOf}. */
  add(data: ExportV1, sources?: readonly RekapSource[]): FoldResult;
  /** Counts an input left out as a duplicate without reading it again (a byte-identical file). */
  addDuplicate(): void;
  finish(): Rekap;
}

export function createRekapFold(domains: readonly string[]): RekapFold {
  const covered = new Map<string, RekapSource>();
  const merging = new Map<string, HostAccumulator>();
  const table = new CollectorTable();
  const proposals = createProposalFold(domains);
  let outside = 0;
  let overlapping = false;
  let duplicates = 0;

  return {
    overlaps: (sources) => sources.some((source) => covered.has(identityOfSource(source))),
    addDuplicate: () => {
      duplicates += 1;
    },
    add(data, sources = sourcesOf(data)) {
      for (const proposal of data.proposals ?? []) proposals.add(proposal);
      const fresh = sources.filter((source) => !covered.has(identityOfSource(source)));
      if (fresh.length === 0) {
        duplicates += 1; // everything in it is already counted
        return 'duplicate';
      }
      if (fresh.length < sources.length) overlapping = true;
      for (const source of fresh) covered.set(identityOfSource(source), source);
      const fallback = [table.idOf(data.collector)];
      for (const host of data.hosts) {
        if (!domains.some((domain) => isUnderDomain(host.host, domain))) {
          outside += 1;
          continue;
        }
        const accumulator = merging.get(host.host);
        if (accumulator === undefined) merging.set(host.host, startHost(host, fallback, table));
        else addCopy(accumulator, host, fallback, table);
      }
      return 'merged';
    },
    finish() {
      const sources = [...covered.values()].sort(compareSources);
      const hosts = [...merging.values()].map((a) => finishHost(a, table, compareCollectors)).sort((a, b) => compareText(a.host, b.host));
      // An export with no hosts says nothing about when apps were seen, so it does not move "as of"
      // (the dashboard's own empty record would otherwise make months-old exports look stale).
      const asOf = sources
        .filter((source) => source.hosts > 0)
        .reduce<number | null>((latest, s) => Math.max(latest ?? -Infinity, Date.parse(s.exportedAt)), null);
      return { sources, hosts, duplicates, asOf, warnings: warningsFor(sources, outside, overlapping), proposals: proposals.finish() };
    },
  };
}

/**
 * The newest proposal per host and collector (a collector who edits a proposal sends it again), under
 * the watched domains, sorted by host then collector. Ties on `createdAt` are broken on content, so
 * the result does not depend on input order.
 */
export function mergeProposals(proposals: readonly ExportProposalV1[], domains: readonly string[]): ExportProposalV1[] {
  const fold = createProposalFold(domains);
  for (const proposal of proposals) fold.add(proposal);
  return fold.finish();
}

function createProposalFold(domains: readonly string[]) {
  const newest = new Map<string, { proposal: ExportProposalV1; time: number; text: string }>();
  return {
    add(proposal: ExportProposalV1): void {
      if (!domains.some((domain) => isUnderDomain(proposal.host, domain))) return;
      const key = JSON.stringify([proposal.host, proposal.collector.name, proposal.collector.unit]);
      const time = Date.parse(proposal.createdAt);
      const text = JSON.stringify(proposal);
      const kept = newest.get(key);
      if (kept === undefined || time > kept.time || (time === kept.time && compareText(text, kept.text) > 0)) newest.set(key, { proposal, time, text });
    },
    finish: (): ExportProposalV1[] =>
      [...newest.values()]
        .map(({ proposal }) => proposal)
        .sort((a, b) => compareText(a.host, b.host) || compareCollectors(a.collector, b.collector)),
  };
}

interface CanonicalInput {
  data: ExportV1;
  sources: RekapSource[];
  key: string;
}

/**
 * The order overlapping inputs are merged in: rekaps first (most sources first), then by identity
 * ({@link exportIdentity}); `content` breaks the last tie (two different files claiming the same
 * identity). Merging in this order makes "which copy of a duplicate is kept" a property of the
 * inputs, not of their order.
 */
export function compareInputs(
  a: { sources: readonly RekapSource[]; key: string },
  b: { sources: readonly RekapSource[]; key: string },
  content: () => number = () => 0,
): number {
  return b.sources.length - a.sources.length || compareText(a.key, b.key) || content();
}

function canonicalOrder(exports: readonly ExportV1[]): CanonicalInput[] {
  const inputs = exports.map((data) => ({ data, sources: sourcesOf(data), key: exportIdentity(data) }));
  const content = new Map<ExportV1, string>();
  const contentOf = (data: ExportV1): string => {
    let text = content.get(data);
    if (text === undefined) content.set(data, (text = JSON.stringify(data)));
    return text;
  };
  // The content is only compared for two different files claiming the same identity: rare, so the cost is fine.
  return inputs.sort((a, b) => compareInputs(a, b, () => compareText(contentOf(a.data), contentOf(b.data))));
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
