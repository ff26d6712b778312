import Papa from 'papaparse';
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
  // How the host was seen: "visit", "sweep" (answered the census sweep) or "visit; sweep".
  'seen_by',
] as const;

/**
 * Text cells that a spreadsheet could run as a formula: starting with `=`, `+`, `-`, `@`, tab or
 * CR (OWASP), plus LF and NUL (ASVS 5.0 1.2.10 lists NUL). Such cells get a leading `'`.
 *
 * Papaparse's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/: without the `s` flag `.` stops
 * at a line break and `$` needs the end of the string, so a multi-line value such as
 * "=HYPERLINK(…)\nx" slips through unescaped. Anchoring only the start fixes that.
 * No `g` flag: papaparse calls `.test()` repeatedly and a global regex would keep `lastIndex`.
 */
export const FORMULA_START = /^[=+\-@\t\r\n\0]/;

type Cell = string | number | boolean | null;

/** How many columns the inspection adds (from `checked_at` to `last_modified`). */
const INSPECTION_COLUMNS = CSV_COLUMNS.indexOf('seen_by') - CSV_COLUMNS.indexOf('checked_at');

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
    // "301 http://x/; 302 https://x/masuk": each hop's status and where it redirected from.
    inspection.redirects.map((hop) => `${hop.status} ${hop.url ?? ''}`.trim()).join('; '),
    inspection.https,
    inspection.hsts,
    inspection.server,
    inspection.poweredBy,
    inspection.software.map((item) => (item.version === null ? item.name : `${item.name} ${item.version}`)).join('; '),
    inspection.title,
    inspection.placeholder,
    inspection.passwordField,
    inspection.newestDate,
    inspection.copyrightYear,
    inspection.error ?? null,
    inspection.lastModified ?? null,
  ];
}

/**
 * The export as CSV for spreadsheets: one row per host, RFC 4180 quoting, CRLF line ends, UTF-8
 * BOM (so Excel reads Indonesian and RTL titles as UTF-8) and formula-looking text neutralised.
 * Lossy by design; the JSON export is the interchange format.
 */
export function exportToCsv(data: ExportV1): string {
  // The header goes in as the first row rather than as `fields`: papaparse 5.7.1 turns an empty
  // `data` array into one empty row, which would add a blank line to an export with no hosts.
  const rows: Cell[][] = [[...CSV_COLUMNS], ...data.hosts.map(row)];
  // Papaparse only neutralises strings, so numbers (visits) and booleans stay as they are.
  const body = Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return `\uFEFF${body}\r\n`;
}
