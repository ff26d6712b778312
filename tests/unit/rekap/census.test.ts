import { describe, expect, it } from 'vitest';
import { buildCensus } from '../../../utils/rekap/census';
import { findingsForHost, observedState } from '../../../utils/rekap/host-findings';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { summaryLines } from '../../../utils/rekap/rekap-text';
import { translators } from '../components/helpers';
import { DOMAINS, exportOf, host, inspectionOf, TEST_INDEX } from './fixtures';

const AS_OF = '2025-06-30T00:00:00.000Z';
const recent = '2025-06-20T00:00:00.000Z';
const old = '2025-01-01T00:00:00.000Z';

// One collector's view of the stand-in registry: every kind of app an auditor must tell apart.
const data = exportOf('Andi', AS_OF, [
  host('contoh-hidup.makassarkota.go.id', { lastSeen: recent, registered: true }),
  host('contoh-mati.makassarkota.go.id', { lastSeen: recent, lastOutcome: 'error', lastError: 'net::ERR_NAME_NOT_RESOLVED' }),
  host('contoh-lama.makassarkota.go.id', { lastSeen: recent }),
  host('contoh-usang.makassarkota.go.id', { firstSeen: old, lastSeen: old }),
  host('contoh-liar.makassarkota.go.id', { lastSeen: recent }),
  host('contoh-liar-mati.makassarkota.go.id', { lastSeen: recent, lastOutcome: 'error', lastError: 'net::ERR_TIMED_OUT' }),
]);

const census = buildCensus(mergeExports([data], DOMAINS), TEST_INDEX, { recentDays: 90, now: 0 });

describe('buildCensus', () => {
  it('has a row per host seen and per registry entry nobody saw', () => {
    expect(census.rows.map((row) => [row.key, row.state])).toEqual([
      ['contoh-hidup.makassarkota.go.id', 'live'],
      ['contoh-lama.makassarkota.go.id', 'live'],
      ['contoh-liar-mati.makassarkota.go.id', 'down'],
      ['contoh-liar.makassarkota.go.id', 'live'],
      ['contoh-mati.makassarkota.go.id', 'down'],
      ['contoh-usang.makassarkota.go.id', 'live'],
      ['entry:contoh-hilang', 'never-seen'],
    ]);
    expect(census.rows.at(-1)?.host).toBe('contoh-hilang.makassarkota.go.id, www.contoh-hilang.makassarkota.go.id');
  });

  it('lists the candidates to add, to review and never seen', () => {
    expect(census.toAdd.map((row) => row.host)).toEqual(['contoh-liar.makassarkota.go.id']);
    expect(census.toReview.map((item) => [item.entry.id, item.reasons])).toEqual([
      ['contoh-mati', ['down']],
      ['contoh-lama', ['inactive-but-live']],
      ['contoh-usang', ['stale']],
    ]);
    expect(census.neverSeen.map((entry) => entry.id)).toEqual(['contoh-hilang']);
  });

  it('counts in the article’s terms, counting back from the newest export', () => {
    expect(census.summary).toMatchObject({
      registryEntries: 5,
      registeredSeen: 3,
      registeredAlive: 2,
      aktifEntries: 4,
      aktifAlive: 1,
      neverSeen: 1,
      hostsSeen: 6,
      unregisteredHosts: 2,
      unregisteredLive: 1,
      // 5 high: each down aktif app also carries registry-active-down (issue 3).
      findingsBySeverity: { high: 5, medium: 1, low: 0 },
      asOf: Date.parse(AS_OF),
    });
    expect(summaryLines(census.summary, translators.id, 'id')).toContain('2 dari 5 aplikasi terdaftar hidup dalam 90 hari terakhir.');
    expect(summaryLines(census.summary, translators.en, 'en')).toContain('1 of 4 apps the registry lists as active are really alive.');
  });

  it('counts registered apps per OPD as alive, problem or never seen', () => {
    expect(census.perOpd).toEqual([
      // Equal totals go by name.
      { opd: 'Badan Kepegawaian', alive: 1, problem: 1, neverSeen: 0 },
      { opd: 'Dinas Komunikasi dan Informatika', alive: 1, problem: 1, neverSeen: 0 },
      { opd: '', alive: 0, problem: 0, neverSeen: 1 },
    ]);
  });

  it('widening the window turns a stale app alive', () => {
    const wide = buildCensus(mergeExports([data], DOMAINS), TEST_INDEX, { recentDays: 365, now: 0 });
    expect(wide.summary.registeredAlive).toBe(3);
    expect(wide.toReview.map((item) => item.entry.id)).not.toContain('contoh-usang');
  });
});

describe('findingsForHost and observedState', () => {
  const merged = mergeExports([data], DOMAINS).hosts;
  const byHost = (name: string) => merged.find((h) => h.host === name)!;

  it('recomputes findings against the current registry, not the one in the file', () => {
    // The file says "registered" for contoh-liar; the current registry does not list it.
    const liar = byHost('contoh-liar.makassarkota.go.id');
    expect(findingsForHost(TEST_INDEX.lookup(liar.host), liar).map((f) => f.code)).toEqual(['unregistered']);
    const lama = byHost('contoh-lama.makassarkota.go.id');
    expect(findingsForHost(TEST_INDEX.lookup(lama.host), lama).map((f) => f.code)).toEqual(['registry-not-active']);
  });

  it('reads placeholder and HTTP errors from an inspection', () => {
    const base = byHost('contoh-hidup.makassarkota.go.id');
    expect(observedState({ ...base, inspection: inspectionOf({ checkedAt: AS_OF, placeholder: 'server-default' }) })).toBe('placeholder');
    expect(observedState({ ...base, inspection: inspectionOf({ checkedAt: AS_OF, status: 500 }) })).toBe('down');
    expect(observedState({ ...base, inspection: inspectionOf({ checkedAt: AS_OF, status: '500' as unknown as number }) })).toBe('live');
    expect(observedState(null)).toBe('never-seen');
  });
});

describe('observed state and findings tell one story', () => {
  it('calls a host down when its latest inspection failed, as the unreachable finding does', () => {
    const failed = exportOf('Andi', AS_OF, [host('contoh-liar.makassarkota.go.id', { lastSeen: recent, inspection: inspectionOf({ status: null, error: 'net::ERR_FAILED', source: 'sweep' }) })]);
    const row = buildCensus(mergeExports([failed], DOMAINS), TEST_INDEX, { recentDays: 90, now: 0 }).rows.find((r) => r.key === 'contoh-liar.makassarkota.go.id');
    expect(row?.state).toBe('down');
    expect(row?.findings.map((f) => f.code)).toContain('unreachable');
  });
});
