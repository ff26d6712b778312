import { findingLabel } from '../findings/finding-definitions';
import { foldText } from '../registry/registry-search';
import type { CensusRow, RowStatus } from './census';
import type { ObservedState } from './host-findings';
import { compareText } from './rekap-sources';

/**
 * Filtering and sorting the dashboard table. Pure and allocation-light: search text is folded once
 * per row (prepareRows), so a keystroke over 5,000 rows is a scan of prepared strings
 * (bench/rekap.ts measures it).
 */

/** `null` means "any". `finding: 'none'` keeps rows without findings. */
export interface CensusFilter {
  query: string;
  opd: string | null;
  status: RowStatus | null;
  state: ObservedState | null;
  finding: string | null;
  seen: 'seen' | 'unseen' | null;
}

export const EMPTY_FILTER: CensusFilter = { query: '', opd: null, status: null, state: null, finding: null, seen: null };

export const SORT_KEYS = ['app', 'host', 'opd', 'status', 'state', 'lastSeen', 'visits', 'findings'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

export interface PreparedRow {
  row: CensusRow;
  /** Folded host, app name and abbreviation, id, OPD, title and findings (codes and words), newline-separated. */
  haystack: string;
}

export function prepareRows(rows: readonly CensusRow[]): PreparedRow[] {
  return rows.map((row) => ({
    row,
    haystack: foldText(
      [
        row.host,
        row.entry?.name ?? '',
        row.entry?.abbreviation ?? '',
        row.entry?.id ?? '',
        row.entry?.opd ?? '',
        row.merged?.lastTitle ?? '',
        ...row.findings.flatMap((finding) => [finding.code, findingLabel(finding.code, 'id'), findingLabel(finding.code, 'en')]),
      ].join('\n'),
    ),
  }));
}

/** Rows matching every set criterion; every search term must appear (AND), accents ignored. */
export function filterRows(rows: readonly PreparedRow[], filter: CensusFilter): CensusRow[] {
  const terms = foldText(filter.query).split(' ').filter((term) => term !== '');
  const result: CensusRow[] = [];
  for (const { row, haystack } of rows) {
    // Only registry entries have an OPD: unregistered hosts never match one, not even ''.
    if (filter.opd !== null && (row.entry === null || row.entry.opd !== filter.opd)) continue;
    if (filter.status !== null && row.status !== filter.status) continue;
    if (filter.state !== null && row.state !== filter.state) continue;
    if (filter.seen === 'seen' && row.merged === null) continue;
    if (filter.seen === 'unseen' && row.merged !== null) continue;
    if (filter.finding === 'none' && row.findings.length > 0) continue;
    if (filter.finding !== null && filter.finding !== 'none' && !row.findings.some((f) => f.code === filter.finding)) continue;
    if (!terms.every((term) => haystack.includes(term))) continue;
    result.push(row);
  }
  return result;
}

const STATUS_RANK: Record<RowStatus, number> = { unregistered: 0, aktif: 1, 'tidak-aktif': 2, pengembangan: 3, 'tidak-diketahui': 4 };
const STATE_RANK: Record<ObservedState, number> = { down: 0, placeholder: 1, live: 2, 'never-seen': 3 };
const SEVERITY_WEIGHT = { high: 10_000, medium: 100, low: 1 } as const;

function findingWeight(row: CensusRow): number {
  return row.findings.reduce((sum, finding) => sum + SEVERITY_WEIGHT[finding.severity], 0);
}

/** Compares two rows on one key, ascending; "missing" values (no app, never seen) sort last. */
function compareOn(key: SortKey, a: CensusRow, b: CensusRow): number {
  switch (key) {
    case 'app':
      return compareMissingLast(a.entry?.name, b.entry?.name);
    case 'opd':
      return compareMissingLast(a.entry?.opd || undefined, b.entry?.opd || undefined);
    case 'host':
      return compareText(a.host, b.host);
    case 'status':
      return STATUS_RANK[a.status] - STATUS_RANK[b.status];
    case 'state':
      return STATE_RANK[a.state] - STATE_RANK[b.state];
    case 'lastSeen':
      return (a.lastSeen ?? -Infinity) - (b.lastSeen ?? -Infinity);
    case 'visits':
      return a.visits - b.visits;
    case 'findings':
      return findingWeight(a) - findingWeight(b);
  }
}

function compareMissingLast(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a.localeCompare(b, 'id', { sensitivity: 'base' });
}

/** A sorted copy; ties fall back to the host, so the order is always the same. */
export function sortRows(rows: readonly CensusRow[], order: SortOrder): CensusRow[] {
  const sign = order.descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compareOn(order.key, a, b) || compareText(a.host, b.host));
}

/** The OPD names and finding codes present, for the filter drop-downs. */
export function filterChoices(rows: readonly CensusRow[]): { opds: string[]; findings: string[] } {
  const opds = new Set<string>();
  const findings = new Set<string>();
  for (const row of rows) {
    if (row.entry !== null) opds.add(row.entry.opd);
    for (const finding of row.findings) findings.add(finding.code);
  }
  return {
    opds: [...opds].sort((a, b) => a.localeCompare(b, 'id')),
    findings: [...findings].sort(compareText),
  };
}
