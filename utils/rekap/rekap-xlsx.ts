import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import type { Census, CensusRow, ReviewReason, RowStatus } from './census';
import type { ObservedState } from './host-findings';
import { collectorLabel } from './merge-exports';
import type { Rekap } from './rekap-types';
import { coverageSheet } from '../units/coverage-sheet';
import type { Coverage } from '../units/rollout';

/**
 * The rekap as an Excel workbook for auditors: sheets Ringkasan (summary), Per OPD, Host, Temuan
 * (findings) and Tindak lanjut (the three lists to act on), with Indonesian headers. Numbers and
 * dates are typed cells, so sums, filters and sorting work, and nothing depends on the list
 * separator (the reason a comma CSV lands in one column under Indonesian regional settings).
 * Text is always a string cell, never a formula, so a hostile page title cannot run.
 */

/** Times are shown in WITA (UTC+8, no daylight saving): the city's clock, on every machine. */
const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE_FORMAT = 'dd/mm/yyyy hh:mm';

const STATUS: Record<RowStatus, string> = {
  aktif: 'Aktif',
  'tidak-aktif': 'Tidak aktif',
  pengembangan: 'Pengembangan',
  'tidak-diketahui': 'Tidak diketahui',
  unregistered: 'Tidak terdaftar',
};

const STATE: Record<ObservedState, string> = {
  live: 'Hidup',
  down: 'Mati / gagal dibuka',
  placeholder: 'Halaman sementara',
  'never-seen': 'Tidak pernah terlihat',
};

const REASON: Record<ReviewReason, string> = {
  down: 'tidak dapat dibuka',
  placeholder: 'halaman sementara',
  stale: 'tidak terlihat baru-baru ini atau kontennya usang',
  'inactive-but-live': 'tercatat tidak aktif tetapi hidup',
};

const SEVERITY = { high: 'Tinggi', medium: 'Sedang', low: 'Rendah' } as const;

// XML 1.0 cannot hold most control characters or lone surrogates (Excel would offer to "repair"
// the workbook); write-excel-file drops them from every string (tests/unit/rekap/rekap-xlsx.test.ts).
function text(value: string | null | undefined): Cell {
  if (value === null || value === undefined || value === '') return null;
  return { value, type: String };
}

const num = (value: number): Cell => ({ value, type: Number });
const header = (...labels: string[]): Row => labels.map((label) => ({ value: label, type: String, fontWeight: 'bold' }));

function date(epochMs: number | null): Cell {
  if (epochMs === null) return null;
  return { value: new Date(epochMs + WITA_OFFSET_MS), type: Date, format: DATE_FORMAT };
}

function summarySheet(census: Census, rekap: Rekap): Sheet<Blob> {
  const s = census.summary;
  const rows: Row[] = [
    header('Uraian', 'Nilai'),
    [text('Data per (WITA)'), date(s.asOf)],
    [text('Jumlah ekspor yang digabung'), num(s.sources)],
    [text('Entri registri'), num(s.registryEntries)],
    [text('… berstatus aktif'), num(s.registryByStatus.aktif)],
    [text('… tidak aktif'), num(s.registryByStatus['tidak-aktif'])],
    [text('… pengembangan'), num(s.registryByStatus.pengembangan)],
    [text('… tidak diketahui'), num(s.registryByStatus['tidak-diketahui'])],
    [text(`Aplikasi terdaftar terlihat dalam ${s.recentDays} hari terakhir`), num(s.registeredSeen)],
    [text(`Aplikasi terdaftar hidup dalam ${s.recentDays} hari terakhir`), num(s.registeredAlive)],
    [text('Aplikasi berstatus aktif yang benar-benar hidup'), num(s.aktifAlive)],
    [text('Aplikasi terdaftar yang tidak pernah terlihat'), num(s.neverSeen)],
    [text('Host terlihat'), num(s.hostsSeen)],
    [text('Host tidak terdaftar'), num(s.unregisteredHosts)],
    [text('… di antaranya hidup'), num(s.unregisteredLive)],
    [text('Temuan tingkat tinggi'), num(s.findingsBySeverity.high)],
    [text('Temuan tingkat sedang'), num(s.findingsBySeverity.medium)],
    [text('Temuan tingkat rendah'), num(s.findingsBySeverity.low)],
    [],
    header('Pengumpul', 'Unit', 'Waktu ekspor (WITA)', 'Versi registri', 'Jumlah host'),
    ...rekap.sources.map((source) => [
      text(source.name),
      text(source.unit),
      date(Date.parse(source.exportedAt)),
      text(source.registryVersion),
      num(source.hosts),
    ]),
  ];
  return { sheet: 'Ringkasan', data: rows, columns: [{ width: 52 }, { width: 28 }, { width: 20 }, { width: 14 }, { width: 12 }] };
}

function opdSheet(census: Census): Sheet<Blob> {
  const rows: Row[] = [
    header('OPD', 'Hidup', 'Bermasalah', 'Tidak pernah terlihat', 'Jumlah aplikasi'),
    ...census.perOpd.map((opd) => [
      text(opd.opd === '' ? '(OPD tidak diketahui)' : opd.opd),
      num(opd.alive),
      num(opd.problem),
      num(opd.neverSeen),
      num(opd.alive + opd.problem + opd.neverSeen),
    ]),
  ];
  return { sheet: 'Per OPD', data: rows, stickyRowsCount: 1, columns: [{ width: 50 }, { width: 10 }, { width: 12 }, { width: 20 }, { width: 16 }] };
}

function hostSheet(census: Census): Sheet<Blob> {
  const rows: Row[] = [
    header(
      'Host', 'Terdaftar', 'ID aplikasi', 'Nama aplikasi', 'OPD', 'Status registri', 'Keadaan teramati',
      'Pertama terlihat (WITA)', 'Terakhir terlihat (WITA)', 'Kunjungan', 'URL terakhir', 'Judul terakhir',
      'Galat terakhir', 'Temuan', 'Jumlah pengumpul', 'Pengumpul',
    ),
    ...census.rows.map((row) => [
      text(row.host),
      text(row.entry === null ? 'Tidak' : 'Ya'),
      text(row.entry?.id),
      text(row.entry?.name),
      text(row.entry?.opd),
      text(STATUS[row.status]),
      text(STATE[row.state]),
      date(row.merged?.firstSeen ?? null),
      date(row.lastSeen),
      num(row.visits),
      text(row.merged?.lastUrl),
      text(row.merged?.lastTitle),
      text(row.merged?.lastError),
      text(row.findings.map((finding) => finding.code).join('; ')),
      num(row.merged?.collectors.length ?? 0),
      text(row.merged?.collectors.map(collectorLabel).join('; ')),
    ]),
  ];
  const widths = [34, 10, 22, 30, 34, 16, 20, 18, 18, 10, 40, 40, 28, 30, 10, 40];
  return { sheet: 'Host', data: rows, stickyRowsCount: 1, columns: widths.map((width) => ({ width })) };
}

function findingSheet(census: Census): Sheet<Blob> {
  const rows: Row[] = [header('Host', 'Nama aplikasi', 'OPD', 'Kode temuan', 'Tingkat', 'Keterangan')];
  for (const row of census.rows) {
    for (const finding of row.findings) {
      rows.push([text(row.host), text(row.entry?.name), text(row.entry?.opd), text(finding.code), text(SEVERITY[finding.severity]), text(finding.message)]);
    }
  }
  return { sheet: 'Temuan', data: rows, stickyRowsCount: 1, columns: [34, 30, 34, 22, 10, 70].map((width) => ({ width })) };
}

function actionSheet(census: Census): Sheet<Blob> {
  const line = (list: string, row: CensusRow | null, entryName: string | undefined, opd: string | undefined, status: RowStatus, reason: string, lastSeen: number | null, host: string): Row => [
    text(list), text(entryName), text(host), text(opd), text(STATUS[status]), text(reason), date(lastSeen), num(row?.visits ?? 0),
  ];
  const rows: Row[] = [header('Daftar', 'Nama aplikasi', 'Host', 'OPD', 'Status registri', 'Alasan', 'Terakhir terlihat (WITA)', 'Kunjungan')];
  for (const row of census.toAdd) rows.push(line('Kandidat ditambahkan ke registri', row, undefined, undefined, row.status, 'host tidak terdaftar yang hidup', row.lastSeen, row.host));
  for (const item of census.toReview) {
    const lastSeen = item.rows.reduce<number | null>((latest, row) => Math.max(latest ?? -Infinity, row.lastSeen ?? -Infinity), null);
    const visits = item.rows.reduce((sum, row) => sum + row.visits, 0);
    const reasons = item.reasons.map((reason) => REASON[reason]).join('; ');
    const hosts = item.rows.map((row) => row.host).join(', ');
    const cells = line('Kandidat ditinjau', null, item.entry.name, item.entry.opd, item.entry.status, reasons, lastSeen, hosts);
    cells[7] = num(visits);
    rows.push(cells);
  }
  for (const entry of census.neverSeen) {
    rows.push(line('Tidak pernah terlihat', null, entry.name, entry.opd, entry.status, 'tidak ada pengumpul yang mengunjunginya', null, entry.hosts.join(', ')));
  }
  return { sheet: 'Tindak lanjut', data: rows, stickyRowsCount: 1, columns: [30, 30, 34, 34, 16, 40, 18, 10].map((width) => ({ width })) };
}

/**
 * The workbook's bytes (.xlsx). Works the same in the browser and in Node 20 (both have Blob).
 * With the unit rollout, a last sheet "Cakupan unit" (utils/units/coverage-sheet.ts).
 */
export async function rekapToXlsx(census: Census, rekap: Rekap, coverage?: Coverage): Promise<Uint8Array<ArrayBuffer>> {
  const sheets = [summarySheet(census, rekap), opdSheet(census), hostSheet(census), findingSheet(census), actionSheet(census)];
  if (coverage !== undefined) sheets.push(coverageSheet(coverage));
  const blob = await writeXlsxFile(sheets, { fontFamily: 'Calibri', fontSize: 11 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** Sheet names, in order (tests and docs refer to them). */
export const XLSX_SHEETS = ['Ringkasan', 'Per OPD', 'Host', 'Temuan', 'Tindak lanjut'] as const;
