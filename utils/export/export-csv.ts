import Papa from 'papaparse';
import { neutraliseCell } from './csv-cell';
import { redirectsText, softwareText } from './inspection-text';
import { WITA_OFFSET_MS } from '../text/wita';
import type { ExportHostV1, ExportInspectionV1, ExportV1 } from './export-schema';

/** The CSV header, in order. Part of the export contract (docs/export-format.md): only append. */
export const CSV_COLUMNS = [
  'host',
  'registered',
  'app_id',
  'app_name',
  'opd',
  'registry_status',
  'first_seen',
  'last_seen',
  'visits',
  'last_url',
  'last_title',
  'last_outcome',
  'last_error',
  'findings',
  // Since issue 3 (inspection); empty when the host was not inspected.
  'checked_at',
  'http_status',
  'final_url',
  'redirects',
  'https',
  'hsts',
  'server',
  'powered_by',
  'software',
  'page_title',
  'placeholder',
  'password_field',
  'newest_date',
  'copyright_year',
  'load_error',
  'last_modified',
  // Appended (issue 13): the same times in WITA as `YYYY-MM-DD HH:MM:SS`, which a spreadsheet reads
  // as a date-time, beside the ISO (UTC) ones; empty when the ISO one is.
  'first_seen_wita',
  'last_seen_wita',
  'checked_at_wita',
  // How the host was seen: "visit", "sweep" (answered the census sweep) or "visit; sweep".
  'seen_by',
] as const;

/** An ISO time as a spreadsheet-readable WITA date-time (`2025-01-02 11:04:05`), or null. */
export function witaDateTime(isoTime: string | null | undefined): string | null {
  const time = isoTime === null || isoTime === undefined ? Number.NaN : Date.parse(isoTime);
  if (Number.isNaN(time)) return null;
  return new Date(time + WITA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

type Cell = string | number | boolean | null;

/** How many columns the inspection adds (from `checked_at` to `last_modified`). */
const INSPECTION_COLUMNS = CSV_COLUMNS.indexOf('first_seen_wita') - CSV_COLUMNS.indexOf('checked_at');

function row(host: ExportHostV1): Cell[] {
  return [
    host.host,
    host.registered,
    host.app?.id ?? null,
    host.app?.name ?? null,
    host.app?.opd ?? null,
    host.app?.status ?? null,
    host.firstSeen,
    host.lastSeen,
    host.visits,
    host.lastUrl,
    host.lastTitle,
    host.lastOutcome,
    host.lastError,
    host.findings.map((finding) => finding.code).join('; '),
    ...inspectionCells(host.inspection),
    witaDateTime(host.firstSeen),
    witaDateTime(host.lastSeen),
    witaDateTime(host.inspection?.checkedAt),
    (host.seenBy ?? ['visit']).join('; '),
  ];
}

/** The inspection columns, in CSV_COLUMNS order; all empty for a host without an inspection. */
function inspectionCells(inspection: ExportInspectionV1 | undefined): Cell[] {
  if (inspection === undefined) return Array<Cell>(INSPECTION_COLUMNS).fill(null);
  return [
    inspection.checkedAt,
    inspection.status,
    inspection.finalUrl,
    redirectsText(inspection.redirects),
    inspection.https,
    inspection.hsts,
    inspection.server,
    inspection.poweredBy,
    softwareText(inspection.software),
    inspection.title,
    inspection.placeholder,
    inspection.passwordField,
    inspection.newestDate,
    inspection.copyrightYear,
    inspection.error ?? null,
    inspection.lastModified ?? null,
  ];
}

/** The list separators a Pantau CSV is written with; the columns are the same either way. */
export type CsvSeparator = ',' | ';';

/**
 * The separator Excel expects in the user's language: Excel with Indonesian regional settings
 * splits on `;` and opens a comma CSV in one column (issue 13); English settings split on `,`.
 */
export function csvSeparatorFor(lang: string): CsvSeparator {
  return lang === 'id' ? ';' : ',';
}

/**
 * The export as CSV for spreadsheets: one row per host, RFC 4180 quoting, CRLF line ends, UTF-8
 * BOM (so Excel reads Indonesian and RTL titles as UTF-8) and formula-looking text neutralised
 * whatever separator the file is opened with. `separator` is `,` (the default) or `;`.
 * Lossy by design; the JSON export is the interchange format.
 */
export function exportToCsv(data: ExportV1, separator: CsvSeparator = ','): string {
  // The header goes in as the first row rather than as `fields`: papaparse 5.7.1 turns an empty
  // `data` array into one empty row, which would add a blank line to an export with no hosts.
  // Text cells are neutralised at every place Excel could start a cell (csv-cell.ts), not only at
  // their start as papaparse's escapeFormulae does; numbers (visits) and booleans stay as they are.
  const neutral = (cell: Cell): Cell => (typeof cell === 'string' ? neutraliseCell(cell) : cell);
  const rows: Cell[][] = [[...CSV_COLUMNS], ...data.hosts.map((host) => row(host).map(neutral))];
  const body = Papa.unparse(rows, { newline: '\r\n', delimiter: separator });
  return `\uFEFF${body}\r\n`;
}
