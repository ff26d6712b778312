import type { Cell, Row } from 'write-excel-file/universal';
import { PLACEHOLDER_TEXT } from '../findings/finding-definitions';
import { netErrorLabel } from '../visits/net-errors';
import type { ExportHostV1, ExportInspectionV1 } from './export-schema';
import { findingCodes, findingWords } from './findings-sheet';
import { redirectsText, softwareText } from './inspection-text';
import { day, isoDate, num, STATUS_WORDS, text, wordFor, yesNo } from './xlsx-cells';
import { tableSheet, type TableColumn, type WorkbookSheet } from './xlsx-workbook';

/**
 * The collector workbook's sheet "Host": what the CSV holds (docs/export-format.md), one row per
 * host, with Indonesian headers, statuses and outcomes in words, times as WITA date cells and
 * counts as numbers. Codes (finding codes, the browser's error name) stay beside the words.
 */

const SEEN_BY: Readonly<Record<string, string>> = { visit: 'Kunjungan', sweep: 'Periksa semua' };

const PLACEHOLDER: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PLACEHOLDER_TEXT).map(([kind, words]) => [kind, words.label.id]),
);

const COLUMNS: readonly TableColumn[] = [
  ['Host', 34], ['Terdaftar', 10], ['ID aplikasi', 22], ['Nama aplikasi', 30], ['OPD', 34], ['Status registri', 16],
  ['Pertama terlihat (WITA)', 18], ['Terakhir terlihat (WITA)', 18], ['Kunjungan', 10], ['Terlihat lewat', 18],
  ['URL terakhir', 40], ['Judul terakhir', 40], ['Hasil terakhir', 30], ['Galat terakhir', 28], ['Temuan', 30], ['Kode temuan', 24],
  // The inspection (docs/inspection.md): empty when Pantau has not inspected the host.
  ['Diperiksa (WITA)', 18], ['Status HTTP', 10], ['URL akhir', 40], ['Pengalihan', 30], ['HTTPS', 8], ['HSTS', 8],
  ['Server', 20], ['X-Powered-By', 16], ['Perangkat lunak', 30], ['Judul halaman', 40], ['Halaman pengganti', 26],
  ['Kolom kata sandi', 12], ['Tanggal terbaru di halaman', 14], ['Tahun hak cipta', 10], ['Galat pemuatan', 28], ['Last-Modified (WITA)', 18],
];

function outcomeWords(host: ExportHostV1): string {
  return host.lastOutcome === 'ok' ? 'Berhasil dimuat' : `Gagal: ${netErrorLabel(host.lastError, 'id')}`;
}

function inspectionCells(inspection: ExportInspectionV1 | undefined): Cell[] {
  if (inspection === undefined) return [];
  return [
    isoDate(inspection.checkedAt),
    num(inspection.status),
    text(inspection.finalUrl),
    text(redirectsText(inspection.redirects)),
    yesNo(inspection.https),
    yesNo(inspection.hsts),
    text(inspection.server),
    text(inspection.poweredBy),
    text(softwareText(inspection.software)),
    text(inspection.title),
    text(inspection.placeholder === null ? null : wordFor(PLACEHOLDER, inspection.placeholder)),
    yesNo(inspection.passwordField),
    day(inspection.newestDate),
    num(inspection.copyrightYear),
    text(inspection.error),
    isoDate(inspection.lastModified),
  ];
}

function row(host: ExportHostV1): Row {
  return [
    text(host.host),
    yesNo(host.registered),
    text(host.app?.id),
    text(host.app?.name),
    text(host.app?.opd),
    text(STATUS_WORDS[host.app?.status ?? 'unregistered']),
    isoDate(host.firstSeen),
    isoDate(host.lastSeen),
    num(host.visits),
    text((host.seenBy ?? ['visit']).map((way) => wordFor(SEEN_BY, way)).join('; ')),
    text(host.lastUrl),
    text(host.lastTitle),
    text(outcomeWords(host)),
    text(host.lastError),
    findingWords(host.findings),
    findingCodes(host.findings),
    ...inspectionCells(host.inspection),
  ];
}

export const HOSTS_SHEET = 'Host';

export function hostsSheet(hosts: readonly ExportHostV1[]): WorkbookSheet {
  return tableSheet(HOSTS_SHEET, COLUMNS, hosts.map(row));
}
