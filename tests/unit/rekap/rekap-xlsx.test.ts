import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { findingLabel } from '../../../utils/findings/finding-definitions';
import { buildCensus } from '../../../utils/rekap/census';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { rekapToXlsx, XLSX_SHEETS } from '../../../utils/rekap/rekap-xlsx';
import { FULL_PROPOSAL, MINIMAL_PROPOSAL, PROPOSAL_ROWS, toMinute } from '../export/fixtures';
import { sheetFilters } from '../support/xlsx-filters';
import { DOMAINS, exportOf, host, TEST_INDEX } from './fixtures';

const HOSTILE = '=HYPERLINK("http://evil.test","klik")\u0000\u0007\uD800 <b>&</b>';

const rekap = mergeExports(
  [
    exportOf('Andi', '2025-06-30T00:00:00.000Z', [
      host('contoh-hidup.makassarkota.go.id', { lastSeen: '2025-06-20T02:30:00.000Z', visits: 7 }),
      host('contoh-liar.makassarkota.go.id', { lastSeen: '2025-06-21T00:00:00.000Z', lastTitle: HOSTILE, visits: 2 }),
    ]),
    exportOf('Budi', '2025-06-29T00:00:00.000Z', [host('contoh-hidup.makassarkota.go.id', { visits: 5 })], { proposals: [FULL_PROPOSAL, MINIMAL_PROPOSAL] }),
  ],
  DOMAINS,
);
const census = buildCensus(rekap, TEST_INDEX, { recentDays: 90, now: 0 });

async function workbook() {
  const bytes = await rekapToXlsx(census, rekap);
  const sheets = await readXlsxFile(Buffer.from(bytes));
  return { bytes, sheet: (name: string) => sheets.find((s) => s.sheet === name)!.data };
}

describe('rekapToXlsx', () => {
  it('reads back with the six Indonesian sheets in order', async () => {
    const bytes = await rekapToXlsx(census, rekap);
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual([...XLSX_SHEETS]);
  });

  it('writes hosts with Indonesian headers, numbers as numbers and times as WITA dates', async () => {
    const { sheet } = await workbook();
    const hosts = sheet('Host');
    expect(hosts[0]!.slice(0, 10)).toEqual([
      'Host', 'Terdaftar', 'ID aplikasi', 'Nama aplikasi', 'OPD', 'Status registri', 'Keadaan teramati',
      'Pertama terlihat (WITA)', 'Terakhir terlihat (WITA)', 'Kunjungan',
    ]);
    const hidup = hosts.find((row) => row[0] === 'contoh-hidup.makassarkota.go.id')!;
    expect(hidup[1]).toBe('Ya');
    expect(hidup[9]).toBe(12);
    // 02:30 UTC is 10:30 WITA; the cell is a real date, not text.
    expect(hidup[8]).toEqual(new Date('2025-06-20T10:30:00.000Z'));
    expect(hidup[15]).toBe(2);
  });

  it('names each host\'s findings in words, with their codes in a column of their own', async () => {
    const { sheet } = await workbook();
    const hosts = sheet('Host');
    expect(hosts[0]!.slice(13, 15)).toEqual(['Temuan', 'Kode temuan']);
    const liar = hosts.find((row) => row[0] === 'contoh-liar.makassarkota.go.id')!;
    const codes = census.rows.find((row) => row.host === 'contoh-liar.makassarkota.go.id')!.findings.map((f) => f.code);
    expect(codes).toContain('unregistered');
    expect(liar[14]).toBe(codes.join('; '));
    expect(String(liar[13]).split('; ')).toEqual(codes.map((code) => findingLabel(code, 'id')));
    expect(liar[13]).toMatch(/^Tidak terdaftar/);
  });

  it('keeps hostile text as plain strings: no formula, no invalid XML', async () => {
    const { bytes, sheet } = await workbook();
    const liar = sheet('Host').find((row) => row[0] === 'contoh-liar.makassarkota.go.id')!;
    expect(liar[11]).toBe('=HYPERLINK("http://evil.test","klik") <b>&</b>');
    const files = unzipSync(bytes);
    const xml = Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, data]) => strFromU8(data))
      .join('\n');
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('summarises, counts per OPD and lists what to act on', async () => {
    const { sheet } = await workbook();
    const summary = sheet('Ringkasan');
    expect(summary[0]!.slice(0, 2)).toEqual(['Uraian', 'Nilai']);
    expect(summary.find((row) => row[0] === 'Jumlah ekspor yang digabung')?.[1]).toBe(2);
    expect(summary.find((row) => row[0] === 'Host tidak terdaftar')?.[1]).toBe(1);
    expect(summary.some((row) => row[0] === 'Andi' && row[1] === 'Unit Andi')).toBe(true);
    expect(sheet('Per OPD')[0]).toEqual(['OPD', 'Hidup', 'Bermasalah', 'Tidak pernah terlihat', 'Jumlah aplikasi']);
    const actions = sheet('Tindak lanjut');
    expect(actions.filter((row) => row[0] === 'Kandidat ditambahkan ke registri').map((row) => row[2])).toEqual(['contoh-liar.makassarkota.go.id']);
    expect(actions.filter((row) => row[0] === 'Tidak pernah terlihat')).toHaveLength(4);
    const findings = sheet('Temuan');
    expect(findings[0]).toEqual(['Host', 'Nama aplikasi', 'OPD', 'Kode temuan', 'Tingkat', 'Keterangan']);
    expect(findings.find((row) => row[0] === 'contoh-liar.makassarkota.go.id')?.[3]).toBe('unregistered');
  });

  it('lists every collector\'s proposals on "Usulan", in the form\'s words, after Tindak lanjut', async () => {
    const { sheet } = await workbook();
    expect(XLSX_SHEETS.indexOf('Usulan')).toBe(XLSX_SHEETS.indexOf('Tindak lanjut') + 1);
    const rows = sheet('Usulan');
    expect(rows[0]).toEqual(PROPOSAL_ROWS.header);
    // The merge sorts by host; the hostile name stays a plain string (no formula: see above).
    expect(toMinute(rows.slice(1))).toEqual([PROPOSAL_ROWS.minimal, PROPOSAL_ROWS.full]);
  });

  it('puts an AutoFilter over the whole table of every table sheet, and its defined name', async () => {
    const { bytes, sheet } = await workbook();
    const lastColumn = (count: number) => String.fromCharCode(64 + count);
    const range = (rows: unknown[][], from = 0) => `A${from + 1}:${lastColumn(rows[from]!.length)}${rows.length}`;
    const filters = sheetFilters(bytes);
    expect(filters.map((f) => f.sheet)).toEqual([...XLSX_SHEETS]);
    for (const { sheet: name, autoFilter, filterDatabase } of filters.slice(1)) {
      const rows = sheet(name);
      expect(rows.length, name).toBeGreaterThan(1);
      expect(autoFilter, name).toBe(range(rows));
      expect(filterDatabase, name).toBe(`'${name}'!${range(rows).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`);
    }
    // Ringkasan's key-value summary is no table; the collectors list under it is.
    const summary = sheet('Ringkasan');
    const collectors = summary.findIndex((row) => row[0] === 'Pengumpul');
    expect(filters[0]!.autoFilter).toBe(range(summary, collectors));
    expect(filters[0]!.autoFilter).toBe('A20:E22');
  });

  it('writes a valid workbook for an empty rekap', async () => {
    const empty = mergeExports([], DOMAINS);
    const bytes = await rekapToXlsx(buildCensus(empty, TEST_INDEX, { recentDays: 90, now: Date.parse('2025-01-01T00:00:00Z') }), empty);
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.find((s) => s.sheet === 'Host')!.data).toHaveLength(1 + 5);
    // A table without rows keeps a filter on its header alone.
    expect(sheets.find((s) => s.sheet === 'Temuan')!.data).toHaveLength(1);
    const filters = sheetFilters(bytes);
    expect(filters.find((f) => f.sheet === 'Temuan')).toEqual({ sheet: 'Temuan', autoFilter: 'A1:F1', filterDatabase: "'Temuan'!$A$1:$F$1" });
    expect(filters.find((f) => f.sheet === 'Ringkasan')!.autoFilter).toBe('A20:E20');
    // No proposals: "Usulan" is still there, its header alone, so an auditor sees there were none.
    expect(sheets.find((s) => s.sheet === 'Usulan')!.data).toEqual([PROPOSAL_ROWS.header]);
    expect(filters.find((f) => f.sheet === 'Usulan')!.autoFilter).toBe('A1:P1');
  });
});
