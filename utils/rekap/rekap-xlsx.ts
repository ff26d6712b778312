import type { Row } from 'write-excel-file/universal';
import { addCounts } from '../visits/counts';
import { findingCodes, findingsSheet, findingWords } from '../export/findings-sheet';
import { PROPOSALS_SHEET, proposalsSheet } from '../export/proposals-sheet';
import { date, header, num, STATUS_WORDS, text } from '../export/xlsx-cells';
import { tableSheet, writeWorkbook, type WorkbookSheet } from '../export/xlsx-workbook';
import type { Census, CensusRow, ReviewReason, RowStatus } from './census';
import type { ObservedState } from './host-findings';
import { collectorLabel } from './merge-exports';
import type { Rekap } from './rekap-types';
import { coverageSheet } from '../units/coverage-sheet';
import type { Coverage } from '../units/rollout';

/**
 * The rekap as an Excel workbook for auditors: sheets Ringkasan (summary), Per OPD, Host, Temuan
 * (findings), Tindak lanjut (the three lists to act on) and Usulan (the proposals of every
 * collector, utils/export/proposals-sheet.ts), with Indonesian headers. Numbers and
 * dates are typed cells (utils/export/xlsx-cells.ts), so sums, filters and sorting work, and
 * nothing depends on the list separator (the reason a comma CSV lands in one column under
 * Indonesian regional settings). Every table sheet has an AutoFilter on its header row.
 */

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

function summarySheet(census: Census, rekap: Rekap): WorkbookSheet {
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
  // The key-value summary is no table; the list of collectors under it is, and gets the filter.
  const collectorsHeader = rows.length - rekap.sources.length - 1;
  return { sheet: 'Ringkasan', data: rows, columns: [52, 28, 20, 14, 12].map((width) => ({ width })), filterHeaderRow: collectorsHeader };
}

function opdSheet(census: Census): WorkbookSheet {
  const rows: Row[] = census.perOpd.map((opd) => [
    text(opd.opd === '' ? '(OPD tidak diketahui)' : opd.opd),
    num(opd.alive),
    num(opd.problem),
    num(opd.neverSeen),
    num(opd.alive + opd.problem + opd.neverSeen),
  ]);
  return tableSheet('Per OPD', [['OPD', 50], ['Hidup', 10], ['Bermasalah', 12], ['Tidak pernah terlihat', 20], ['Jumlah aplikasi', 16]], rows);
}

function hostSheet(census: Census): WorkbookSheet {
  const rows: Row[] = census.rows.map((row) => [
    text(row.host),
    text(row.entry === null ? 'Tidak' : 'Ya'),
    text(row.entry?.id),
    text(row.entry?.name),
    text(row.entry?.opd),
    text(STATUS_WORDS[row.status]),
    text(STATE[row.state]),
    date(row.merged?.firstSeen ?? null),
    date(row.lastSeen),
    num(row.visits),
    text(row.merged?.lastUrl),
    text(row.merged?.lastTitle),
    text(row.merged?.lastError),
    findingWords(row.findings),
    findingCodes(row.findings),
    num(row.merged?.collectors.length ?? 0),
    text(row.merged?.collectors.map(collectorLabel).join('; ')),
  ]);
  return tableSheet('Host', [
    ['Host', 34], ['Terdaftar', 10], ['ID aplikasi', 22], ['Nama aplikasi', 30], ['OPD', 34], ['Status registri', 16], ['Keadaan teramati', 20],
    ['Pertama terlihat (WITA)', 18], ['Terakhir terlihat (WITA)', 18], ['Kunjungan', 10], ['URL terakhir', 40], ['Judul terakhir', 40],
    ['Galat terakhir', 28], ['Temuan', 30], ['Kode temuan', 24], ['Jumlah pengumpul', 10], ['Pengumpul', 40],
  ], rows);
}

function actionSheet(census: Census): WorkbookSheet {
  const line = (list: string, row: CensusRow | null, entryName: string | undefined, opd: string | undefined, status: RowStatus, reason: string, lastSeen: number | null, host: string): Row => [
    text(list), text(entryName), text(host), text(opd), text(STATUS_WORDS[status]), text(reason), date(lastSeen), num(row?.visits ?? 0),
  ];
  const rows: Row[] = [];
  for (const row of census.toAdd) rows.push(line('Kandidat ditambahkan ke registri', row, undefined, undefined, row.status, 'host tidak terdaftar yang hidup', row.lastSeen, row.host));
  for (const item of census.toReview) {
    const lastSeen = item.rows.reduce<number | null>((latest, row) => Math.max(latest ?? -Infinity, row.lastSeen ?? -Infinity), null);
    const visits = item.rows.reduce((sum, row) => addCounts(sum, row.visits), 0);
    const reasons = item.reasons.map((reason) => REASON[reason]).join('; ');
    const hosts = item.rows.map((row) => row.host).join(', ');
    const cells = line('Kandidat ditinjau', null, item.entry.name, item.entry.opd, item.entry.status, reasons, lastSeen, hosts);
    cells[7] = num(visits);
    rows.push(cells);
  }
  for (const entry of census.neverSeen) {
    rows.push(line('Tidak pernah terlihat', null, entry.name, entry.opd, entry.status, 'tidak ada pengumpul yang mengunjunginya', null, entry.hosts.join(', ')));
  }
  return tableSheet('Tindak lanjut', [
    ['Daftar', 30], ['Nama aplikasi', 30], ['Host', 34], ['OPD', 34], ['Status registri', 16], ['Alasan', 40], ['Terakhir terlihat (WITA)', 18], ['Kunjungan', 10],
  ], rows);
}

/**
 * The workbook's bytes (.xlsx). Works the same in the browser and in Node 20 (both have Blob).
 * With the unit rollout, a last sheet "Cakupan unit" (utils/units/coverage-sheet.ts).
 */
export async function rekapToXlsx(census: Census, rekap: Rekap, coverage?: Coverage): Promise<Uint8Array<ArrayBuffer>> {
  const findings = census.rows.map((row) => ({ host: row.host, appName: row.entry?.name, opd: row.entry?.opd, findings: row.findings }));
  const sheets = [summarySheet(census, rekap), opdSheet(census), hostSheet(census), findingsSheet(findings), actionSheet(census), proposalsSheet(rekap.proposals)];
  if (coverage !== undefined) sheets.push(coverageSheet(coverage));
  return writeWorkbook(sheets);
}

/** Sheet names, in order (tests and docs refer to them). */
export const XLSX_SHEETS = ['Ringkasan', 'Per OPD', 'Host', 'Temuan', 'Tindak lanjut', PROPOSALS_SHEET] as const;
