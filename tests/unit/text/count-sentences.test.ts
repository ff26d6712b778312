import { describe, expect, it } from 'vitest';
import { cliWords } from '../../../scripts/cli/cli-text';
import type { CensusSummary } from '../../../utils/rekap/census';
import { summaryLines, writtenText } from '../../../utils/rekap/rekap-text';
import { formatNumber } from '../../../utils/text/format-number';
import { coverageTotalLine } from '../../../utils/units/coverage-text';
import { translators } from '../components/helpers';

// Counts people read are written in their language's format: a dot between thousands and a
// decimal comma in Indonesian, the other way round in English. The dashboard and the CLI share
// these sentences (utils/rekap/rekap-text.ts, utils/units/coverage-text.ts).

const SUMMARY: CensusSummary = {
  registryEntries: 12_345,
  registryByStatus: { aktif: 10_000, 'tidak-aktif': 1_200, pengembangan: 1_145, 'tidak-diketahui': 0 },
  registeredSeen: 9_876,
  registeredAlive: 5_432,
  aktifEntries: 10_000,
  aktifAlive: 4_321,
  neverSeen: 2_469,
  hostsSeen: 20_000,
  unregisteredHosts: 1_001,
  unregisteredLive: 999,
  findingsBySeverity: { high: 1_500, medium: 25_000, low: 7 },
  sources: 1_234,
  recentDays: 90,
  asOf: 0,
};

describe('formatNumber', () => {
  it('groups thousands and writes decimals the language\'s way', () => {
    expect(formatNumber(12_345, 'id')).toBe('12.345');
    expect(formatNumber(12_345, 'en')).toBe('12,345');
    expect(formatNumber(1_234.5, 'id', 1)).toBe('1.234,5');
    expect(formatNumber(1_234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(999, 'id')).toBe('999');
  });
});

describe('sentences with counts', () => {
  it('summarise the census with grouped thousands in Indonesian', () => {
    const lines = summaryLines(SUMMARY, translators.id, 'id');
    expect(lines[0]).toBe('Registri: 12.345 aplikasi — 10.000 aktif, 1.200 tidak aktif, 1.145 dalam pengembangan, 0 belum diketahui.');
    expect(lines).toContain('Temuan: 1.500 tinggi, 25.000 sedang, 7 rendah.');
    expect(lines.join('\n')).not.toMatch(/\d{4}/);
  });

  it('and in English', () => {
    const lines = summaryLines(SUMMARY, translators.en, 'en');
    expect(lines[0]).toBe('Registry: 12,345 apps — 10,000 active, 1,200 not active, 1,145 in development, 0 unknown.');
    expect(lines).toContain('Findings: 1,500 high, 25,000 medium, 7 low.');
    expect(lines.join('\n')).not.toMatch(/\d{4}/);
  });

  it('give the written file\'s size in the language\'s format', () => {
    expect(writtenText('rekap.xlsx', 'xlsx', 123_456, translators.id, 'id')).toBe('Ditulis: rekap.xlsx (xlsx, 123.456 bita).');
    expect(writtenText('rekap.xlsx', 'xlsx', 123_456, translators.en, 'en')).toBe('Written: rekap.xlsx (xlsx, 123,456 bytes).');
  });

  it('count the unit rollout the same way', () => {
    const totals = { group: 'opd' as const, units: 1_500, withSite: 1_234, registered: 1_000, seen: 900, alive: 876, withProblems: 3 };
    expect(coverageTotalLine(totals, translators.id, 'id')).toBe('1.234 dari 1.500 OPD sudah punya situs (1.000 terdaftar, 876 terlihat hidup).');
    expect(coverageTotalLine(totals, translators.en, 'en')).toBe('1,234 of 1,500 OPD have a known site (1,000 registered, 876 seen alive).');
  });

  it('count the command line\'s own lines the same way', () => {
    expect(cliWords('id').store('sensus.duckdb', 'duckdb', 1_200, 54_321)).toBe('Ditulis: sensus.duckdb (duckdb: 1.200 berkas baru dimuat, 54.321 host dalam sensus).');
    expect(cliWords('en').store('census.duckdb', 'duckdb', 1_200, 54_321)).toBe('Written: census.duckdb (duckdb: 1,200 new file(s) loaded, 54,321 hosts in the census).');
    expect(cliWords('id').skipped(1_000)).toBe('1.000 berkas dilewati (tidak dimuat):');
  });
});
