import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../utils/export/build-export';
import { exportToCsv } from '../../../utils/export/export-csv';
import { exportHost } from '../../../utils/export/export-host';
import { exportToJson } from '../../../utils/export/export-json';
import { parseExport, parseExportText } from '../../../utils/export/parse-export';
import { responseFactsFrom } from '../../../utils/inspection/response-facts';
import type { InspectionRecord } from '../../../utils/inspection/types';
import { ENTRIES, input, record } from './fixtures';

const HOST = 'sipakar.makassarkota.go.id';
const T = Date.UTC(2025, 4, 5, 1, 2, 3);

const stored: InspectionRecord = {
  host: HOST,
  response: responseFactsFrom({
    url: `https://${HOST}/masuk`,
    time: T,
    statusCode: 200,
    headers: [
      { name: 'Server', value: 'Apache/2.4.41 (Ubuntu)' },
      { name: 'X-Powered-By', value: 'PHP/7.4.3' },
      { name: 'Last-Modified', value: 'Tue, 12 Mar 2019 02:15:00 GMT' },
    ],
    redirects: [{ url: `http://${HOST}/`, status: 301 }],
  }),
  page: {
    checkedAt: T + 400,
    url: `https://${HOST}/masuk`,
    title: '=HYPERLINK("http://evil.test","klik")',
    generators: ['WordPress 6.4.2'],
    lang: 'id',
    software: [{ name: 'WordPress', version: '6.4.2' }, { name: 'jQuery', version: null }],
    placeholder: null,
    passwordField: true,
    passwordOverHttp: false,
    newestDate: '2025-03-10',
    copyrightYear: 2024,
    truncated: false,
    scanMs: 3,
  },
};

describe('export of inspections', () => {
  it('adds the inspection object exactly as issue 3 lists it, plus error and lastModified', () => {
    const host = exportHost(ENTRIES[0]!, record({ host: HOST }), stored, { staleMonths: 12 });
    expect(host.inspection).toEqual({
      checkedAt: new Date(T + 400).toISOString(),
      status: 200,
      finalUrl: `https://${HOST}/masuk`,
      redirects: [{ url: `http://${HOST}/`, status: 301 }],
      https: true,
      hsts: false,
      server: 'Apache/2.4.41 (Ubuntu)',
      poweredBy: 'PHP/7.4.3',
      software: [
        { name: 'WordPress', version: '6.4.2' },
        { name: 'jQuery', version: null },
        { name: 'Apache', version: '2.4.41' },
        { name: 'PHP', version: '7.4.3' },
      ],
      title: '=HYPERLINK("http://evil.test","klik")',
      placeholder: null,
      passwordField: true,
      newestDate: '2025-03-10',
      copyrightYear: 2024,
      error: null,
      lastModified: '2019-03-12T02:15:00.000Z',
    });
    expect(host.findings.map((f) => [f.code, f.detail])).toEqual([
      ['no-hsts', undefined],
      ['version-exposed', 'Server, X-Powered-By, generator'],
    ]);
    expect(Object.keys(host).at(-1)).toBe('inspection');
  });

  it('uses the staleness setting for the findings it exports', () => {
    expect(exportHost(ENTRIES[0]!, record({ host: HOST }), stored, { staleMonths: 1 }).findings.map((f) => f.code)).toContain('stale-content');
  });

  it('round-trips through JSON and the schema, and older readers still parse it', () => {
    const data = buildExport(input({ inspections: [stored] }));
    const parsed = parseExportText(exportToJson(data));
    expect(parsed).toEqual({ ok: true, data });
  });

  it('rejects a tampered inspection: a query string in a URL, a bad date, a non-boolean', () => {
    const file = JSON.parse(exportToJson(buildExport(input({ inspections: [stored] }))));
    const host = file.hosts.find((h: { host: string }) => h.host === HOST);
    host.inspection.finalUrl = `https://${HOST}/masuk?nik=7371011234567890`;
    host.inspection.redirects[0].url = `http://${HOST}/#token`;
    host.inspection.newestDate = '10 Januari 2024';
    host.inspection.https = 'ya';
    const result = parseExport(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.split(':')[0])).toEqual([
      'hosts[3].inspection.finalUrl',
      'hosts[3].inspection.redirects[0].url',
      'hosts[3].inspection.https',
      'hosts[3].inspection.newestDate',
    ]);
  });

  it('appends the inspection columns to the CSV, neutralising page text', () => {
    const csv = exportToCsv(buildExport(input({ inspections: [stored] })));
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    const row = rows.find((r) => r.host === HOST)!;
    expect(row).toMatchObject({
      checked_at: new Date(T + 400).toISOString(),
      http_status: '200',
      final_url: `https://${HOST}/masuk`,
      redirects: `301 http://${HOST}/`,
      https: 'true',
      hsts: 'false',
      server: 'Apache/2.4.41 (Ubuntu)',
      powered_by: 'PHP/7.4.3',
      software: 'WordPress 6.4.2; jQuery; Apache 2.4.41; PHP 7.4.3',
      page_title: `'=HYPERLINK("http://evil.test","klik")`,
      placeholder: '',
      password_field: 'true',
      newest_date: '2025-03-10',
      copyright_year: '2024',
      load_error: '',
      last_modified: '2019-03-12T02:15:00.000Z',
    });
    expect(rows.find((r) => r.host === 'liar.makassarkota.go.id')?.checked_at).toBe('');
  });
});

describe('docs/export-format.md', () => {
  it('has an example that Pantau parses, inspection included', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/export-format.md'), 'utf8');
    const example = /### Example\s+```json\n([\s\S]+?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const parsed = parseExportText(example!);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.data.hosts.some((host) => host.inspection !== undefined)).toBe(true);
  });
});
