import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { ExportInspectionV1, ExportV1 } from '../../../utils/export/export-schema';
import { EXPORT_XLSX_SHEETS, exportToXlsx } from '../../../utils/export/export-xlsx';
import { sheetFilters } from '../support/xlsx-filters';
import { FULL_PROPOSAL, MINIMAL_PROPOSAL, PROPOSAL_ROWS, sampleExport, toMinute } from './fixtures';

const HOSTILE = '=HYPERLINK("http://evil.test","klik")\u0000 <b>&</b>';

const INSPECTION: ExportInspectionV1 = {
  checkedAt: '2025-05-05T01:02:03.400Z',
  status: 200,
  finalUrl: 'https://sipakar.makassarkota.go.id/masuk',
  redirects: [{ url: 'http://sipakar.makassarkota.go.id/', status: 301 }],
  https: true,
  hsts: false,
  server: 'Apache/2.4.41 (Ubuntu)',
  poweredBy: 'PHP/7.4.3',
  software: [{ name: 'WordPress', version: '6.4.2' }, { name: 'jQuery', version: null }],
  title: HOSTILE,
  placeholder: 'coming-soon',
  passwordField: true,
  newestDate: '2025-03-10',
  copyrightYear: 2024,
  error: null,
  lastModified: '2019-03-12T02:15:00.000Z',
};

function collectorExport(over: Partial<ExportV1> = {}): ExportV1 {
  const data = sampleExport();
  const hosts = data.hosts.map((host) =>
    host.host === 'sipakar.makassarkota.go.id' ? { ...host, inspection: INSPECTION, seenBy: ['visit', 'sweep'] } : host,
  );
  return { ...data, hosts, proposals: [FULL_PROPOSAL, MINIMAL_PROPOSAL], ...over };
}

async function workbook(data: ExportV1 = collectorExport()) {
  const bytes = await exportToXlsx(data);
  const sheets = await readXlsxFile(Buffer.from(bytes));
  const sheet = (name: string) => sheets.find((s) => s.sheet === name)!.data;
  return { bytes, sheets, sheet, hostRow: (host: string) => toMinute(sheet('Host')).find((row) => row[0] === host)! };
}

describe('exportToXlsx', () => {
  it('writes Host, Temuan, Usulan and Tentang; Usulan only when there are proposals', async () => {
    expect((await workbook()).sheets.map((s) => s.sheet)).toEqual([...EXPORT_XLSX_SHEETS]);
    expect((await workbook(collectorExport({ proposals: [] }))).sheets.map((s) => s.sheet)).toEqual(['Host', 'Temuan', 'Tentang']);
    expect((await workbook(collectorExport({ proposals: undefined }))).sheets.map((s) => s.sheet)).toEqual(['Host', 'Temuan', 'Tentang']);
  });

  it('lists each host with Indonesian headers, words for statuses and typed WITA dates and numbers', async () => {
    const { sheet, hostRow } = await workbook();
    expect(sheet('Host')[0]!.slice(0, 16)).toEqual([
      'Host', 'Terdaftar', 'ID aplikasi', 'Nama aplikasi', 'OPD', 'Status registri', 'Pertama terlihat (WITA)', 'Terakhir terlihat (WITA)',
      'Kunjungan', 'Terlihat lewat', 'URL terakhir', 'Judul terakhir', 'Hasil terakhir', 'Galat terakhir', 'Temuan', 'Kode temuan',
    ]);
    expect(sheet('Host').slice(1).map((row) => row[0])).toEqual(['beta.makassarkota.go.id', 'liar.makassarkota.go.id', 'simpeg.makassarkota.go.id', 'sipakar.makassarkota.go.id']);
    const beta = hostRow('beta.makassarkota.go.id');
    // 03:04 UTC is 11:04 WITA, as date cells; visits a number.
    expect(beta.slice(0, 10)).toEqual([
      'beta.makassarkota.go.id', 'Ya', 'beta', 'App beta', 'Dinas Komunikasi dan Informatika', 'Pengembangan',
      new Date('2025-01-02T11:04:00.000Z'), new Date('2025-01-03T11:04:00.000Z'), 1, 'Kunjungan',
    ]);
    expect(beta.slice(12, 16)).toEqual(['Berhasil dimuat', null, 'Hidup, tercatat tidak aktif', 'registry-not-active']);
    const liar = hostRow('liar.makassarkota.go.id');
    expect([liar[1], liar[2], liar[5], liar[14], liar[15]]).toEqual(['Tidak', null, 'Tidak terdaftar', 'Tidak terdaftar', 'unregistered']);
    const simpeg = hostRow('simpeg.makassarkota.go.id');
    expect(simpeg[12]).toMatch(/^Gagal: /);
    expect(simpeg[13]).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect(simpeg[14]).toBe('Aplikasi aktif mati; Tidak dapat dibuka');
    expect(simpeg[15]).toBe('registry-active-down; unreachable');
  });

  it('adds the inspection columns, empty for a host that was not inspected', async () => {
    const { sheet, hostRow } = await workbook();
    expect(sheet('Host')[0]!.slice(16)).toEqual([
      'Diperiksa (WITA)', 'Status HTTP', 'URL akhir', 'Pengalihan', 'HTTPS', 'HSTS', 'Server', 'X-Powered-By', 'Perangkat lunak',
      'Judul halaman', 'Halaman pengganti', 'Kolom kata sandi', 'Tanggal terbaru di halaman', 'Tahun hak cipta', 'Galat pemuatan', 'Last-Modified (WITA)',
    ]);
    const sipakar = hostRow('sipakar.makassarkota.go.id');
    expect(sipakar[9]).toBe('Kunjungan; Periksa semua');
    expect(sipakar.slice(16)).toEqual([
      new Date('2025-05-05T09:02:00.000Z'), 200, 'https://sipakar.makassarkota.go.id/masuk', '301 http://sipakar.makassarkota.go.id/',
      'Ya', 'Tidak', 'Apache/2.4.41 (Ubuntu)', 'PHP/7.4.3', 'WordPress 6.4.2; jQuery',
      // Hostile page text stays a plain string; the control character is dropped (XML 1.0 cannot hold it).
      '=HYPERLINK("http://evil.test","klik") <b>&</b>', 'halaman "segera hadir"', 'Ya', new Date('2025-03-10T00:00:00.000Z'), 2024, null,
      new Date('2019-03-12T10:15:00.000Z'),
    ]);
    expect(hostRow('beta.makassarkota.go.id').slice(16).every((cell) => cell === null)).toBe(true);
  });

  it('lists one row per finding with its severity in words', async () => {
    const { sheet } = await workbook();
    const findings = sheet('Temuan');
    expect(findings[0]).toEqual(['Host', 'Nama aplikasi', 'OPD', 'Kode temuan', 'Tingkat', 'Keterangan']);
    expect(findings.slice(1).map((row) => `${row[0]} ${row[3]} ${row[4]}`)).toEqual([
      'beta.makassarkota.go.id registry-not-active Sedang',
      'liar.makassarkota.go.id unregistered Tinggi',
      'simpeg.makassarkota.go.id registry-active-down Tinggi',
      'simpeg.makassarkota.go.id unreachable Tinggi',
    ]);
    expect(findings[3]![1]).toBe('App simpeg');
    expect(String(findings[2]![5])).toContain('tidak ada di registri');
  });

  it('writes the proposals with the rekap\'s own Usulan sheet', async () => {
    const { sheet } = await workbook();
    expect(toMinute(sheet('Usulan'))).toEqual([PROPOSAL_ROWS.header, PROPOSAL_ROWS.full, PROPOSAL_ROWS.minimal]);
  });

  it('says who exported what and when on Tentang', async () => {
    const about = toMinute((await workbook()).sheet('Tentang'));
    expect(Object.fromEntries(about.slice(1).map((row) => [row[0], row[1]]))).toEqual({
      'Nama pengumpul': 'Andi',
      Unit: 'Diskominfo',
      'Waktu ekspor (WITA)': new Date('2025-05-06T15:08:00.000Z'),
      'Domain yang dipantau': 'makassarkota.go.id',
      'Versi registri': '2025.05.01',
      'Entri registri': 3,
      'Versi Pantau': '0.1.0',
      Browser: 'chrome',
      'Format ekspor': 'pantau.export',
      'Versi format ekspor': 1,
      'Jumlah host': 4,
      'Jumlah usulan': 2,
    });
  });

  it('filters and freezes the table sheets over their whole tables, and writes no formula', async () => {
    const { bytes } = await workbook();
    expect(sheetFilters(bytes)).toEqual([
      { sheet: 'Host', autoFilter: 'A1:AF5', filterDatabase: "'Host'!$A$1:$AF$5" },
      { sheet: 'Temuan', autoFilter: 'A1:F5', filterDatabase: "'Temuan'!$A$1:$F$5" },
      { sheet: 'Usulan', autoFilter: 'A1:P3', filterDatabase: "'Usulan'!$A$1:$P$3" },
      { sheet: 'Tentang', autoFilter: null, filterDatabase: null },
    ]);
    const files = unzipSync(bytes);
    const xml = Object.entries(files).filter(([name]) => name.endsWith('.xml')).map(([, data]) => strFromU8(data));
    for (const part of xml) expect(part).not.toMatch(/<f[ >]/);
    expect(xml.filter((part) => /<pane ySplit="1"[^>]*state="frozen"/.test(part))).toHaveLength(3);
  });

  it('writes a valid workbook for an export without hosts', async () => {
    const empty = { ...collectorExport(), hosts: [], proposals: [] };
    const { bytes, sheet } = await workbook(empty);
    expect(sheet('Host')).toHaveLength(1);
    expect(sheet('Temuan')).toHaveLength(1);
    expect(sheetFilters(bytes)[0]).toEqual({ sheet: 'Host', autoFilter: 'A1:AF1', filterDatabase: "'Host'!$A$1:$AF$1" });
  });
});
