import { describe, expect, it } from 'vitest';
import { type ExportProposalV1 } from '../../../utils/export/export-schema';
import { parseExport } from '../../../utils/export/parse-export';
import { findingsForHost } from '../../../utils/rekap/host-findings';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { rekapToExport } from '../../../utils/rekap/rekap-to-export';
import { DOMAINS, exportOf, host, inspectionOf, permutations, TEST_INDEX } from './fixtures';

const H = 'contoh-hidup.makassarkota.go.id';
const X = 'contoh-liar.makassarkota.go.id';

const andi = exportOf('Andi', '2025-03-11T01:00:00.000Z', [
  host(H, { firstSeen: '2025-03-02T00:00:00.000Z', lastSeen: '2025-03-09T00:00:00.000Z', visits: 4, lastTitle: 'dari Andi' }),
  host(X, { visits: 2 }),
]);
const budi = exportOf('Budi', '2025-03-12T01:00:00.000Z', [
  host(H, {
    firstSeen: '2025-02-20T00:00:00.000Z',
    lastSeen: '2025-03-10T05:00:00.000Z',
    visits: 3,
    lastOutcome: 'error',
    lastError: 'net::ERR_CONNECTION_REFUSED',
    lastTitle: null,
  }),
]);
const citra = exportOf('Citra', '2025-03-12T01:00:00.000Z', [host(X, { visits: 5, lastSeen: '2025-03-01T00:00:00.000Z' })]);

describe('mergeExports', () => {
  it('takes the earliest first seen, the latest last seen and its details, and sums visits', () => {
    const rekap = mergeExports([andi, budi], DOMAINS);
    const merged = rekap.hosts.find((h) => h.host === H)!;
    expect(merged.firstSeen).toBe(Date.parse('2025-02-20T00:00:00.000Z'));
    expect(merged.lastSeen).toBe(Date.parse('2025-03-10T05:00:00.000Z'));
    expect(merged.visits).toBe(7);
    expect(merged).toMatchObject({ lastOutcome: 'error', lastError: 'net::ERR_CONNECTION_REFUSED', lastTitle: null });
    expect(merged.collectors).toEqual([
      { name: 'Andi', unit: 'Unit Andi' },
      { name: 'Budi', unit: 'Unit Budi' },
    ]);
    expect(rekap.asOf).toBe(Date.parse(budi.exportedAt));
    expect(rekap.sources.map((s) => s.name)).toEqual(['Andi', 'Budi']);
  });

  it('counts the same export once, however often it is given', () => {
    const once = mergeExports([andi, budi], DOMAINS);
    const thrice = mergeExports([andi, budi, andi, structuredClone(andi)], DOMAINS);
    expect(thrice.hosts).toEqual(once.hosts);
    expect(thrice.duplicates).toBe(2);
    expect(thrice.sources).toHaveLength(2);
  });

  it('identifies an export by collector and exportedAt, however the time is spelled', () => {
    const respelled = { ...andi, exportedAt: '2025-03-11T01:00:00Z' };
    expect(mergeExports([andi, respelled], DOMAINS).duplicates).toBe(1);
    // Same time, another collector: a different export.
    const other = { ...andi, collector: { name: 'Andi', unit: 'Kecamatan Mariso' } };
    expect(mergeExports([andi, other], DOMAINS).hosts.find((h) => h.host === H)?.visits).toBe(8);
  });

  it('gives the same rekap for every order of its inputs', () => {
    const withTie = exportOf('Dewi', '2025-03-12T01:00:00.000Z', [
      // Same lastSeen as Budi's copy: the tie must be broken on content, not on position.
      host(H, { lastSeen: '2025-03-10T05:00:00.000Z', visits: 1, lastTitle: 'dari Dewi' }),
    ]);
    const inputs = [andi, budi, citra, withTie];
    const expected = JSON.stringify(mergeExports(inputs, DOMAINS));
    for (const order of permutations(inputs)) expect(JSON.stringify(mergeExports(order, DOMAINS))).toBe(expected);
  });

  it('keeps the inspection with the latest checkedAt, whole, whichever copy is newer', () => {
    const older = inspectionOf({ checkedAt: '2025-03-01T00:00:00.000Z', software: [{ name: 'WordPress', version: '6.1' }] });
    const newer = inspectionOf({ checkedAt: '2025-03-05T00:00:00.000Z', status: 503, placeholder: 'suspended', extra: { nested: [1, 2] } });
    const a = exportOf('Andi', '2025-03-11T01:00:00.000Z', [{ ...host(H, { lastSeen: '2025-03-20T00:00:00.000Z' }), inspection: older }]);
    const b = exportOf('Budi', '2025-03-12T01:00:00.000Z', [{ ...host(H, { lastSeen: '2025-03-06T00:00:00.000Z' }), inspection: newer }]);
    const c = exportOf('Citra', '2025-03-13T01:00:00.000Z', [{ ...host(H), inspection: inspectionOf({ checkedAt: 'not a date' }) }]);
    for (const order of permutations([a, b, c])) {
      const merged = mergeExports(order, DOMAINS).hosts[0]!;
      expect(merged.inspection).toEqual(newer);
      // The latest visit still comes from the latest-seen copy.
      expect(merged.lastSeen).toBe(Date.parse('2025-03-20T00:00:00.000Z'));
    }
  });

  it('merges exports made with different registry versions and says so', () => {
    const old = exportOf('Lama', '2024-01-01T00:00:00.000Z', [host(X)], { registry: { version: '2023.12.01', entries: 1 } });
    const rekap = mergeExports([andi, old], DOMAINS);
    expect(rekap.warnings).toContainEqual({ code: 'registry-versions', params: ['2023.12.01, 2025.09.24'] });
    expect(rekap.sources.map((s) => s.registryVersion)).toEqual(['2023.12.01', '2025.09.24']);
  });

  it('accepts empty exports: they count as sources and add no host', () => {
    const empty = exportOf('Kosong', '2025-03-13T00:00:00.000Z', []);
    expect(mergeExports([empty], DOMAINS)).toMatchObject({ hosts: [], sources: [{ name: 'Kosong', hosts: 0 }] });
    expect(mergeExports([], DOMAINS)).toEqual({ sources: [], hosts: [], duplicates: 0, asOf: null, warnings: [], proposals: [] });
    expect(mergeExports([andi, empty], DOMAINS).hosts).toEqual(mergeExports([andi], DOMAINS).hosts);
    // A later export with no hosts does not move "as of" (the window would count from it).
    expect(mergeExports([andi, empty], DOMAINS).asOf).toBe(Date.parse(andi.exportedAt));
    expect(mergeExports([empty], DOMAINS).asOf).toBeNull();
  });

  it('leaves out hosts outside the watched domains and counts them', () => {
    const foreign = exportOf('Asing', '2025-03-13T00:00:00.000Z', [host('contoh.makassar.go.id'), host(H)]);
    const rekap = mergeExports([foreign], DOMAINS);
    expect(rekap.hosts.map((h) => h.host)).toEqual([H]);
    expect(rekap.warnings).toContainEqual({ code: 'outside-domains', params: ['1'] });
  });

  it('warns when one collector sent several exports (their visits would add up twice)', () => {
    const later = { ...andi, exportedAt: '2025-04-01T00:00:00.000Z' };
    expect(mergeExports([andi, later], DOMAINS).warnings).toContainEqual({ code: 'same-collector', params: ['Andi (Unit Andi)', '2'] });
  });

  it('carries findings of codes it does not know, and recomputes the ones it does', () => {
    const newer = exportOf('Baru', '2025-03-13T00:00:00.000Z', [
      host(X, {
        findings: [
          { code: 'kode-masa-depan', severity: 'medium', message: 'Temuan versi baru' },
          { code: 'login-over-http', severity: 'high', message: 'Login lewat HTTP' },
          { code: 'stale-content', severity: 'medium', message: 'Konten usang' },
          { code: 'unregistered', severity: 'low', message: 'diubah tangan' },
        ],
      }),
    ]);
    // Unknown codes and codes whose evidence stays with the collector are carried; stale-content
    // and unregistered are recomputed from the merged data (here: no inspection, so no staleness).
    expect(mergeExports([newer], DOMAINS).hosts[0]!.foreignFindings).toEqual([
      { code: 'kode-masa-depan', severity: 'medium', message: 'Temuan versi baru' },
      { code: 'login-over-http', severity: 'high', message: 'Login lewat HTTP' },
    ]);
  });
});

describe('a rekap as input', () => {
  const now = new Date('2025-04-01T00:00:00.000Z');
  const meta = { now, domain: 'makassarkota.go.id', collector: { name: 'Auditor', unit: 'Inspektorat' }, extension: { version: '0.1.0', browser: 'cli' }, registryVersion: '2026.01.01' };
  const rekapFile = rekapToExport(mergeExports([andi, budi], DOMAINS), TEST_INDEX, meta);

  it('is a valid version 1 export listing its collectors', () => {
    const parsed = parseExport(JSON.parse(JSON.stringify(rekapFile)));
    expect(parsed.ok).toBe(true);
    expect(rekapFile.collectors?.map((c) => c.name)).toEqual(['Andi', 'Budi']);
    expect(rekapFile.hosts.find((h) => h.host === H)?.collectors).toHaveLength(2);
  });

  it('adds nothing twice when merged again with the exports it came from', () => {
    const direct = mergeExports([andi, budi, citra], DOMAINS);
    for (const order of permutations([rekapFile, andi, budi, citra])) {
      const again = mergeExports(order, DOMAINS);
      expect(again.hosts).toEqual(direct.hosts);
      expect(again.duplicates).toBe(2);
    }
  });

  it('warns when two rekaps overlap only partly', () => {
    const other = rekapToExport(mergeExports([budi, citra], DOMAINS), TEST_INDEX, { ...meta, now: new Date('2025-04-02T00:00:00.000Z') });
    expect(mergeExports([rekapFile, other], DOMAINS).warnings).toContainEqual({ code: 'overlap', params: [] });
  });
});

describe('findings of a merged host with an inspection', () => {
  it('are recomputed from the latest inspection, as a collector would have them', () => {
    const stale = exportOf('Andi', '2025-03-11T01:00:00.000Z', [
      { ...host('contoh-lama.makassarkota.go.id'), inspection: inspectionOf({ https: false, hsts: null, newestDate: '2020-01-01', title: 'Lama' }) },
    ]);
    const merged = mergeExports([stale], DOMAINS).hosts[0]!;
    const codes = findingsForHost(null, merged).map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['unregistered', 'no-https', 'stale-content']));
    // A stricter auditor threshold changes nothing here; a looser one (10 years) drops staleness.
    expect(findingsForHost(null, merged, { staleMonths: 120 }).map((f) => f.code)).not.toContain('stale-content');
  });
});

describe('proposals in a rekap', () => {
  const proposal = (name: string, collector: string, createdAt: string, host = X): ExportProposalV1 => ({
    host,
    name,
    opd: 'Diskominfo',
    appKind: 'umum',
    platforms: ['web'],
    status: 'aktif',
    collector: { name: collector, unit: `Unit ${collector}` },
    createdAt,
  });
  const older = exportOf('Andi', '2025-03-11T01:00:00.000Z', [], { proposals: [proposal('Lama', 'Andi', '2025-03-10T00:00:00.000Z')] });
  const newer = exportOf('Andi', '2025-03-20T01:00:00.000Z', [], {
    proposals: [proposal('Baru', 'Andi', '2025-03-19T00:00:00.000Z'), proposal('Luar', 'Andi', '2025-03-19T00:00:00.000Z', 'contoh.example.com')],
  });
  const fromBudi = exportOf('Budi', '2025-03-12T01:00:00.000Z', [], { proposals: [proposal('Versi Budi', 'Budi', '2025-03-01T00:00:00.000Z')] });

  it('keeps the newest per host and collector, whatever the order, and writes them into the rekap file', () => {
    for (const order of permutations([older, newer, fromBudi])) {
      expect(mergeExports(order, DOMAINS).proposals.map((p) => `${p.collector.name}:${p.name}`)).toEqual(['Andi:Baru', 'Budi:Versi Budi']);
    }
    const file = rekapToExport(mergeExports([older, newer, fromBudi], DOMAINS), TEST_INDEX, {
      now: new Date('2025-04-01T00:00:00.000Z'),
      domain: 'makassarkota.go.id',
      collector: { name: 'Auditor', unit: 'Inspektorat' },
      extension: { version: '0.1.0', browser: 'cli' },
      registryVersion: '2026.01.01',
    });
    expect(parseExport(JSON.parse(JSON.stringify(file))).ok).toBe(true);
    expect(file.proposals?.map((p) => p.name)).toEqual(['Baru', 'Versi Budi']);
    // A rekap of the rekap carries the same proposals.
    expect(mergeExports([file, older], DOMAINS).proposals).toEqual(file.proposals);
  });
});
