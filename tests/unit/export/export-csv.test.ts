import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../utils/export/csv-cell';
import { CSV_COLUMNS, csvSeparatorFor, exportToCsv, witaDateTime } from '../../../utils/export/export-csv';
import type { ExportInspectionV1 } from '../../../utils/export/export-schema';
import { exportOf, host } from '../rekap/fixtures';

const INSPECTED: ExportInspectionV1 = {
  checkedAt: '2025-03-10T01:30:00.000Z', status: 200, finalUrl: null, redirects: [], https: true, hsts: true, server: null, poweredBy: null,
  software: [], title: null, placeholder: null, passwordField: null, newestDate: null, copyrightYear: null,
};
import { ENTRIES, entry, fakeIndex, record, sampleExport } from './fixtures';

/** The foundation's 14 columns: never reordered, only appended to. */
const BASE_HEADER =
  'host,registered,app_id,app_name,opd,registry_status,first_seen,last_seen,visits,last_url,last_title,last_outcome,last_error,findings';
/** Appended by issue 3 (inspection). */
const INSPECTION_HEADER =
  'checked_at,http_status,final_url,redirects,https,hsts,server,powered_by,software,page_title,placeholder,password_field,newest_date,copyright_year,load_error,last_modified';
/** Appended by issue 13: the times again in WITA, as a spreadsheet reads dates. */
const WITA_HEADER = 'first_seen_wita,last_seen_wita,checked_at_wita';
/** Appended with the census sweep's hosts: how each host was seen. */
const SEEN_HEADER = 'seen_by';
const HEADER = `${BASE_HEADER},${INSPECTION_HEADER},${WITA_HEADER},${SEEN_HEADER}`;
const EMPTY_INSPECTION = Object.fromEntries(INSPECTION_HEADER.split(',').map((column) => [column, '']));

/** Parses our CSV back the way a careful reader would: BOM off, header row as keys. */
function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** Undo the neutralising quotes (at the start and after each cell break), as a reader who knows the rule would. */
const unneutralise = (cell: string) => cell.replace(/(^|[,;\t\r\n])("*)'(?=[=+\-@\t\r\n\0])/g, '$1$2');

const csvWithTitles = (titles: readonly string[]) =>
  exportToCsv(
    sampleExport({
      records: titles.map((title, i) => record({ host: `h${String(i).padStart(2, '0')}.makassarkota.go.id`, lastTitle: title })),
    }),
  );

const HOSTILE = ['=HYPERLINK("http://x")', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1', '=1\n=2', '\n=1', '\0=1'];

describe('exportToCsv: file shape', () => {
  it('starts with a UTF-8 BOM, then the exact header, with CRLF line ends', () => {
    const csv = exportToCsv(sampleExport());
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(CSV_COLUMNS.join(',')).toBe(HEADER);
    expect(CSV_COLUMNS.slice(0, 14).join(',')).toBe(BASE_HEADER);
    expect(CSV_COLUMNS.slice(14, 30).join(',')).toBe(INSPECTION_HEADER);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toHaveLength(1 + 4 + 1);
  });

  it('writes a `;` variant with the same columns and cells, for Excel with Indonesian settings', () => {
    const comma = Papa.parse<string[]>(exportToCsv(sampleExport()).slice(1), { delimiter: ',', newline: '\r\n' }).data;
    const csv = exportToCsv(sampleExport(), ';');
    expect(csv.startsWith(`\uFEFF${HEADER.replaceAll(',', ';')}\r\n`)).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' }).data).toEqual(comma);
    expect(csvSeparatorFor('id')).toBe(';');
    expect(csvSeparatorFor('en')).toBe(',');
  });

  it('adds the times in WITA as spreadsheet date-times, beside the ISO ones', () => {
    expect(witaDateTime('2025-12-31T16:30:00.000Z')).toBe('2026-01-01 00:30:00');
    expect(witaDateTime(null)).toBeNull();
    expect(witaDateTime('bukan waktu')).toBeNull();
    const rows = parse(exportToCsv(exportOf('Andi', '2025-03-11T00:00:00.000Z', [host('a.makassarkota.go.id', { inspection: INSPECTED })])));
    expect(rows[0]).toMatchObject({ first_seen: '2025-03-01T00:00:00.000Z', first_seen_wita: '2025-03-01 08:00:00', last_seen_wita: '2025-03-10 08:00:00', checked_at_wita: '2025-03-10 09:30:00' });
  });

  it('writes only the header for an export with no hosts', () => {
    expect(exportToCsv(sampleExport({ records: [] }))).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('writes one row per host in export order, with registry fields, booleans and joined finding codes', () => {
    const rows = parse(exportToCsv(sampleExport()));
    expect(rows.map((r) => r.host)).toEqual(sampleExport().hosts.map((h) => h.host));
    expect(rows[1]).toEqual({
      host: 'liar.makassarkota.go.id',
      registered: 'false',
      app_id: '',
      app_name: '',
      opd: '',
      registry_status: '',
      first_seen: '2025-01-02T03:04:05.000Z',
      last_seen: '2025-01-03T03:04:05.000Z',
      visits: '3',
      last_url: 'https://liar.makassarkota.go.id/beranda',
      last_title: '',
      last_outcome: 'ok',
      last_error: '',
      findings: 'unregistered',
      ...EMPTY_INSPECTION,
      first_seen_wita: '2025-01-02 11:04:05',
      last_seen_wita: '2025-01-03 11:04:05',
      checked_at_wita: '',
      seen_by: 'visit',
    });
    expect(rows[2]).toMatchObject({
      registered: 'true',
      app_id: 'simpeg',
      opd: 'Badan Kepegawaian',
      registry_status: 'aktif',
      last_outcome: 'error',
      last_error: 'net::ERR_NAME_NOT_RESOLVED',
      findings: 'registry-active-down; unreachable',
    });
    const twoFindings = exportToCsv(
      sampleExport({ records: [record({ host: 'x.makassarkota.go.id', lastOutcome: 'error', lastError: 'net::ERR_FAILED' })] }),
    );
    expect(parse(twoFindings)[0]?.findings).toBe('unreachable; unregistered');
  });
});

describe('exportToCsv: RFC 4180 quoting', () => {
  it('quotes commas, doubles quotes and keeps line breaks inside quotes', () => {
    const csv = csvWithTitles(['Dinas "Kominfo", Makassar', 'baris satu\r\nbaris dua', 'polos']);
    expect(csv).toContain(',"Dinas ""Kominfo"", Makassar",');
    expect(csv).toContain(',"baris satu\r\nbaris dua",');
    expect(csv).toContain(',polos,');
    expect(parse(csv).map((r) => r.last_title)).toEqual(['Dinas "Kominfo", Makassar', 'baris satu\r\nbaris dua', 'polos']);
  });

  it('keeps Unicode and right-to-left titles intact', () => {
    const titles = ['Layanan Publik – Kota Makassar ✓', 'ᨆᨀᨔᨛ (Lontara)', 'مرحبا بكم في مكاسر', 'שלום', '😀 emoji', '中文标题'];
    expect(parse(csvWithTitles(titles)).map((r) => r.last_title)).toEqual(titles);
  });
});

describe('exportToCsv: formula neutralisation', () => {
  it.each(HOSTILE)('prefixes %j with a quote', (title) => {
    const csv = csvWithTitles([title]);
    const cell = parse(csv)[0]?.last_title ?? '';
    expect(cell).toBe(neutraliseCell(title));
    expect(cell.startsWith("'")).toBe(true);
    expect(unneutralise(cell)).toBe(title);
  });

  it('round-trips a mixed list to the original values once the quote is removed', () => {
    const titles = [...HOSTILE, 'normal', "'already quoted", 'a=b', ' =1 leading space'];
    expect(parse(csvWithTitles(titles)).map((r) => unneutralise(r.last_title ?? ''))).toEqual(titles);
  });

  it('neutralises registry text too, but leaves numbers, booleans and times alone', () => {
    const entries = [entry({ id: 'x', name: '@SUM(1)', opd: '-Dinas', hosts: ['x.makassarkota.go.id'] })];
    const csv = exportToCsv(
      sampleExport({ records: [record({ host: 'x.makassarkota.go.id', visits: 0 })], index: fakeIndex(entries) }),
    );
    const row = parse(csv)[0];
    expect(row).toMatchObject({ app_name: "'@SUM(1)", opd: "'-Dinas", registered: 'true', visits: '0' });
    expect(row?.first_seen).toBe('2025-01-02T03:04:05.000Z');
  });

  it('covers all six characters OWASP lists, at the start and after every place a cell can break', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseCell(`${c}x`), JSON.stringify(c)).toBe(`'${c}x`);
    expect(neutraliseCell('x=1')).toBe('x=1');
    expect(neutraliseCell('a;=1,+2\t-3\n@4')).toBe("a;'=1,'+2\t'-3\n'@4");
    expect(neutraliseCell('a;"=1')).toBe(`a;"'=1`);
    expect(neutraliseCell('Dinas; Kota - Makassar')).toBe('Dinas; Kota - Makassar');
  });

  // Why neutraliseCell exists: papaparse 5.7.1's `escapeFormulae: true` uses /^[=+\-@\t\r].*$/,
  // which fails on multi-line text, and it only looks at the start of a cell anyway.
  it('documents that papaparse’s built-in escapeFormulae misses a multi-line formula', () => {
    expect(Papa.unparse([['=1\n=2']], { escapeFormulae: true })).toBe('"=1\n=2"');
  });

  it('uses the real registry fixtures without neutralising ordinary names', () => {
    const names = parse(exportToCsv(sampleExport())).map((r) => r.app_name);
    expect(names).toEqual(['App beta', '', ENTRIES[1]?.name, 'Sistem Pakar']);
  });
});
