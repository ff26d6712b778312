import { describe, expect, it } from 'vitest';
import { buildCensus } from '../../../utils/rekap/census';
import { EMPTY_FILTER, filterChoices, filterRows, prepareRows, sortRows } from '../../../utils/rekap/census-filter';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { DOMAINS, exportOf, host, TEST_INDEX } from './fixtures';

const census = buildCensus(
  mergeExports(
    [
      exportOf('Andi', '2025-06-30T00:00:00.000Z', [
        host('contoh-hidup.makassarkota.go.id', { visits: 9, lastTitle: 'Layanan Kependudukan Terpadu' }),
        host('contoh-mati.makassarkota.go.id', { visits: 2, lastOutcome: 'error', lastError: 'net::ERR_TIMED_OUT' }),
        host('contoh-liar.makassarkota.go.id', { visits: 5 }),
      ]),
    ],
    DOMAINS,
  ),
  TEST_INDEX,
  { recentDays: 3650, now: 0 },
);
const rows = prepareRows(census.rows);
const keys = (filter: Partial<typeof EMPTY_FILTER>) => filterRows(rows, { ...EMPTY_FILTER, ...filter }).map((row) => row.key);

describe('filterRows', () => {
  it('returns everything without criteria', () => {
    expect(keys({})).toHaveLength(census.rows.length);
  });

  it('searches host, app, OPD and title, every term, ignoring case and accents', () => {
    expect(keys({ query: 'KEPENDUDUKAN' })).toEqual(['contoh-hidup.makassarkota.go.id']);
    expect(keys({ query: 'kepégawaian mati' })).toEqual(['contoh-mati.makassarkota.go.id']);
    expect(keys({ query: 'unregistered' })).toEqual(['contoh-liar.makassarkota.go.id']);
    expect(keys({ query: 'tidak-ada-yang-cocok' })).toEqual([]);
  });

  it('filters by OPD, status, state, finding and seen', () => {
    expect(keys({ opd: 'Badan Kepegawaian' })).toEqual(['contoh-mati.makassarkota.go.id', 'entry:contoh-lama']);
    // The entry without a known owner, and not the unregistered host (which has no OPD at all).
    expect(keys({ opd: '' })).toEqual(['entry:contoh-hilang']);
    expect(keys({ status: 'unregistered' })).toEqual(['contoh-liar.makassarkota.go.id']);
    expect(keys({ state: 'down' })).toEqual(['contoh-mati.makassarkota.go.id']);
    expect(keys({ finding: 'unreachable' })).toEqual(['contoh-mati.makassarkota.go.id']);
    expect(keys({ finding: 'none', seen: 'seen' })).toEqual(['contoh-hidup.makassarkota.go.id']);
    expect(keys({ seen: 'unseen' })).toEqual(['entry:contoh-lama', 'entry:contoh-hilang', 'entry:contoh-usang']);
  });
});

describe('sortRows', () => {
  it('sorts by visits either way, never-seen rows by host after ties', () => {
    const seen = filterRows(rows, { ...EMPTY_FILTER, seen: 'seen' });
    expect(sortRows(seen, { key: 'visits', descending: true }).map((row) => row.visits)).toEqual([9, 5, 2]);
    expect(sortRows(seen, { key: 'visits', descending: false }).map((row) => row.visits)).toEqual([2, 5, 9]);
  });

  it('puts the worst findings first and rows without an app last by app name', () => {
    const worst = sortRows(census.rows, { key: 'findings', descending: true });
    // The registered aktif app that is down has two high findings (unreachable and
    // registry-active-down), so it leads; then the unregistered host's one.
    expect(worst.slice(0, 3).map((row) => [row.key, row.findings.length])).toEqual([
      ['contoh-mati.makassarkota.go.id', 2],
      ['contoh-liar.makassarkota.go.id', 1],
      ['contoh-hidup.makassarkota.go.id', 0],
    ]);
    expect(sortRows(census.rows, { key: 'app', descending: false }).at(-1)?.key).toBe('contoh-liar.makassarkota.go.id');
  });
});

it('offers the OPDs and finding codes present', () => {
  expect(filterChoices(census.rows)).toEqual({
    opds: ['', 'Badan Kepegawaian', 'Dinas Komunikasi dan Informatika'],
    findings: ['registry-active-down', 'unreachable', 'unregistered'],
  });
});
