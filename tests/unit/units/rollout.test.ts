import { describe, expect, it } from 'vitest';
import { buildCensus } from '../../../utils/rekap/census';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { computeCoverage, filterCoverage } from '../../../utils/units/rollout';
import { sweepSightings } from '../../../utils/units/sweep-sightings';
import { exportOf, host } from '../rekap/fixtures';
import { TEST_PLAN, UNIT_INDEX } from './fixtures';

const AS_OF = '2026-02-01T00:00:00.000Z';
const data = exportOf('Andi', AS_OF, [
  host('contoh-dinsos.makassarkota.go.id', { lastSeen: '2026-01-20T00:00:00.000Z', registered: true }),
  host('contoh-marisokec.makassarkota.go.id', {
    lastSeen: '2026-01-21T00:00:00.000Z',
    lastOutcome: 'error',
    lastError: 'net::ERR_NAME_NOT_RESOLVED',
  }),
  host('api.contoh-arsip.makassarkota.go.id', { lastSeen: '2026-01-22T00:00:00.000Z' }),
]);
const census = buildCensus(mergeExports([data], ['makassarkota.go.id']), UNIT_INDEX, { recentDays: 90, now: 0 });
const at = (iso: string) => Date.parse(iso);

function coverage(sweeps: Parameters<typeof computeCoverage>[0]['sweeps'] = []) {
  return computeCoverage({ plan: TEST_PLAN, registry: UNIT_INDEX, rows: census.rows, sweeps });
}
const unitOf = (c: ReturnType<typeof coverage>, id: string) => {
  const found = c.units.find((u) => u.unit.id === id);
  if (found === undefined) throw new Error(`no unit ${id}`);
  return found;
};

describe('computeCoverage', () => {
  it('says a unit with no known host has no site, and invents none', () => {
    const dlh = unitOf(coverage(), 'dinas-lingkungan-hidup');
    expect(dlh).toMatchObject({ state: 'no-site', hasSite: false, registered: false, seen: false, alive: false, hosts: [], apps: [] });
  });

  it('marks a unit whose only host failed as failing, with the problem and when it was seen', () => {
    const mariso = unitOf(coverage(), '73.71.01');
    expect(mariso).toMatchObject({ state: 'failing', hasSite: true, registered: true, seen: true, alive: false, lastAliveAt: null });
    expect(mariso.lastSeenAt).toBe(at('2026-01-21T00:00:00.000Z'));
    expect(mariso.problems.map((p) => [p.host, p.code, p.detail])).toContainEqual(['contoh-marisokec.makassarkota.go.id', 'unreachable', 'net::ERR_NAME_NOT_RESOLVED']);
    expect(mariso.apps.map((a) => a.id)).toEqual(['contoh-mariso']);
  });

  it("attaches a registry entry's hosts to the unit its opd names, and counts its app", () => {
    const arsip = unitOf(coverage(), 'dinas-kearsipan');
    expect(arsip.hosts.map((h) => [h.host, h.via, h.registered, h.state])).toEqual([
      ['api.contoh-arsip.makassarkota.go.id', 'registry', true, 'live'],
      ['contoh-arsip.makassarkota.go.id', 'registry', true, 'never-seen'],
    ]);
    expect(arsip).toMatchObject({ state: 'alive', hasSite: true, alive: true, lastAliveAt: at('2026-01-22T00:00:00.000Z') });
    expect(arsip.apps.map((a) => a.id)).toEqual(['contoh-arsip']);
    // The city portal belongs to no unit.
    expect(coverage().units.flatMap((u) => u.hosts.map((h) => h.host))).not.toContain('makassarkota.go.id');
  });

  it('counts a host as seen alive by a sweep when nobody visited it, unregistered or not', () => {
    const swept = sweepSightings([
      { host: 'dash.contoh.kel.makassarkota.go.id', source: 'sweep', page: null, response: { checkedAt: at('2026-01-25T00:00:00.000Z'), url: null, status: 200, error: null, redirects: [], hsts: false, server: null, poweredBy: null, lastModified: null } },
      { host: 'contoh-mamajangkec.makassarkota.go.id', source: 'sweep', page: null, response: { checkedAt: at('2026-01-25T00:00:00.000Z'), url: null, status: null, error: 'TypeError', redirects: [], hsts: false, server: null, poweredBy: null, lastModified: null } },
    ]);
    const c = coverage(swept);
    const kel = unitOf(c, '73.71.01.1001');
    expect(kel).toMatchObject({ state: 'alive', registered: false, lastAliveAt: at('2026-01-25T00:00:00.000Z') });
    expect(kel.hosts[0]).toMatchObject({ seenBy: 'sweep', aliveBy: 'sweep' });
    expect(unitOf(c, '73.71.02')).toMatchObject({ state: 'failing', seen: true, alive: false });
    // A newer failing sweep does not erase when the host was last seen alive by a visit.
    const later = coverage([{ host: 'contoh-dinsos.makassarkota.go.id', checkedAt: at('2026-01-30T00:00:00.000Z'), state: 'down', status: 503 }]);
    expect(unitOf(later, 'dinas-sosial')).toMatchObject({ state: 'failing', lastAliveAt: at('2026-01-20T00:00:00.000Z'), lastSeenAt: at('2026-01-30T00:00:00.000Z') });
    expect(unitOf(later, 'dinas-sosial').hosts[0]).toMatchObject({ seenBy: 'sweep', aliveBy: 'visit' });
  });

  it('totals per group in the article’s terms: OPD counts the kecamatan too', () => {
    const { totals } = coverage();
    expect(totals.opd).toMatchObject({ units: 5, withSite: 4, registered: 3, seen: 3, alive: 2 });
    expect(totals.kecamatan).toMatchObject({ units: 2, withSite: 2, seen: 1, alive: 0, withProblems: 1 });
    expect(totals.kelurahan).toMatchObject({ units: 3, withSite: 1, registered: 0, seen: 0, alive: 0 });
  });

  it('gives progress per kecamatan and filters a kecamatan to itself and its kelurahan', () => {
    const c = coverage();
    expect(c.perKecamatan.map((p) => [p.kecamatan.unit.name, p.kelurahan, p.kelurahanWithSite])).toEqual([
      ['Kecamatan Mariso', 2, 1],
      ['Kecamatan Mamajang', 1, 0],
    ]);
    expect(filterCoverage(c.units, { kecamatan: '73.71.01' }).map((u) => u.unit.id)).toEqual(['73.71.01', '73.71.01.1001', '73.71.01.1002']);
    expect(filterCoverage(c.units, { group: 'kelurahan', kecamatan: '73.71.01' }).map((u) => u.unit.id)).toEqual(['73.71.01.1001', '73.71.01.1002']);
    expect(filterCoverage(c.units, { group: 'opd' })).toHaveLength(5);
  });
});
