import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, FORMULA_START, exportToCsv } from '../../../utils/export/export-csv';
import { ENTRIES, entry, fakeIndex, record, sampleExport } from './fixtures';

/** The foundation's 14 columns: never reordered, only appended to. */
const BASE_HEADER =
  'host,registered,app_id,app_name,opd,registry_status,first_seen,last_seen,visits,last_url,last_title,last_outcome,last_error,findings';
/** Appended by issue 3 (inspection). */
const INSPECTION_HEADER =
  'checked_at,http_status,final_url,redirects,https,hsts,server,powered_by,software,page_title,placeholder,password_field,newest_date,copyright_year,load_error,last_modified';
/** Appended with the census sweep's hosts: how each host was seen. */
const SEEN_HEADER = 'seen_by';
const HEADER = `${BASE_HEADER},${INSPECTION_HEADER},${SEEN_HEADER}`;
const EMPTY_INSPECTION = Object.fromEntries(INSPECTION_HEADER.split(',').map((column) => [column, '']));

/** Parses our CSV back the way a careful reader would: BOM off, header row as keys. */
function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** Undo the neutralising quote, as a reader who knows the rule would. */
const unneutralise = (cell: string) => (/^'[=+\-@\t\r\n\0]/.test(cell) ? cell.slice(1) : cell);

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
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toHaveLength(1 + 4 + 1);
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
  it.each(HOSTILE)('prefixes %j with a quote and quotes the cell', (title) => {
    const csv = csvWithTitles([title]);
    expect(csv).toContain(`,"'${title.replaceAll('"', '""')}",`);
    const cell = parse(csv)[0]?.last_title ?? '';
    expect(cell).toBe(`'${title}`);
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

  it('covers all six characters OWASP lists, and only at the start of a cell', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r']) expect(FORMULA_START.test(`${c}x`), JSON.stringify(c)).toBe(true);
    expect(FORMULA_START.test('x=1')).toBe(false);
    expect(FORMULA_START.flags).not.toContain('g');
  });

  // Why FORMULA_START exists: papaparse 5.7.1's `escapeFormulae: true` uses /^[=+\-@\t\r].*$/,
  // which fails on multi-line text. When this test fails, papaparse has fixed it and the built-in
  // option could be used again.
  it('documents that papaparse’s built-in escapeFormulae misses a multi-line formula', () => {
    expect(Papa.unparse([['=1\n=2']], { escapeFormulae: true })).toBe('"=1\n=2"');
    expect(Papa.unparse([['=1\n=2']], { escapeFormulae: FORMULA_START })).toBe(`"'=1\n=2"`);
  });

  it('uses the real registry fixtures without neutralising ordinary names', () => {
    const names = parse(exportToCsv(sampleExport())).map((r) => r.app_name);
    expect(names).toEqual(['App beta', '', ENTRIES[1]?.name, 'Sistem Pakar']);
  });
});
