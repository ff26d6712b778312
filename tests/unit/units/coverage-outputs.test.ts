import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main';
import type { CliIo } from '../../../scripts/cli/rekap-command';
import { exportToJson } from '../../../utils/export/export-json';
import { parseExportText } from '../../../utils/export/parse-export';
import { buildCensus } from '../../../utils/rekap/census';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { rekapFileBytes } from '../../../utils/rekap/rekap-output';
import { XLSX_SHEETS } from '../../../utils/rekap/rekap-xlsx';
import { COVERAGE_SHEET } from '../../../utils/units/coverage-sheet';
import { coverageLines } from '../../../utils/units/coverage-text';
import { computeCoverage } from '../../../utils/units/rollout';
import { translators } from '../components/helpers';
import { exportOf, host } from '../rekap/fixtures';
import { sheetFilters } from '../support/xlsx-filters';
import { TEST_PLAN, UNIT_INDEX } from './fixtures';

const data = exportOf('Andi', '2026-02-01T00:00:00.000Z', [
  host('contoh-dinsos.makassarkota.go.id', { lastSeen: '2026-01-20T02:30:00.000Z' }),
  host('contoh-marisokec.makassarkota.go.id', { lastSeen: '2026-01-21T00:00:00.000Z', lastOutcome: 'error', lastError: 'net::ERR_TIMED_OUT' }),
]);
const rekap = mergeExports([data], ['makassarkota.go.id']);
const census = buildCensus(rekap, UNIT_INDEX, { recentDays: 90, now: 0 });
const coverage = computeCoverage({ plan: TEST_PLAN, registry: UNIT_INDEX, rows: census.rows });
const meta = { now: new Date('2026-02-02T00:00:00Z'), domain: 'makassarkota.go.id', collector: { name: 'Auditor', unit: 'Inspektorat' }, extension: { version: '0.1.0', browser: 'cli' }, registryVersion: '2026.01.01' };

describe('the rollout in the rekap files', () => {
  it('adds the sheet "Cakupan unit" after the others, with the totals and one typed row per unit', async () => {
    const bytes = await rekapFileBytes('xlsx', rekap, census, UNIT_INDEX, meta, { coverage });
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual([...XLSX_SHEETS, COVERAGE_SHEET]);
    const rows = sheets.find((s) => s.sheet === COVERAGE_SHEET)!.data;
    expect(rows[1]?.slice(0, 6)).toEqual(['4 dari 5 OPD sudah punya situs', 4, 5, 3, 1, 1]);
    expect(rows[3]?.[0]).toBe('1 dari 3 kelurahan sudah punya situs');
    const header = rows[5]!;
    expect(header.slice(0, 6)).toEqual(['Jenis', 'Unit', 'Singkatan', 'Kode', 'Kecamatan', 'Punya situs']);
    const byName = (name: string) => rows.find((row) => row[1] === name)!;
    const dinsos = byName('Dinas Sosial');
    expect(dinsos.slice(5, 9)).toEqual(['Ya', 'contoh-dinsos.makassarkota.go.id', 'Ya', 'Hidup']);
    // 02:30 UTC is 10:30 WITA, as a real date cell.
    expect(dinsos[9]).toEqual(new Date('2026-01-20T10:30:00.000Z'));
    const mariso = byName('Kecamatan Mariso');
    expect([mariso[8], mariso[9], mariso[11]]).toEqual(['Bermasalah / gagal dibuka', null, 1]);
    // Excel keeps dates as fractions of a day: allow its rounding of a millisecond.
    expect(Math.abs((mariso[10] as unknown as Date).getTime() - Date.parse('2026-01-21T08:00:00.000Z'))).toBeLessThan(5);
    expect(byName('Kelurahan Mattoangin').slice(3, 9)).toEqual(['73.71.01.1002', 'Kecamatan Mariso', 'Tidak', null, 'Tidak', 'Belum punya situs yang diketahui']);
    expect(rows).toHaveLength(6 + TEST_PLAN.units.length);
    // The filter sits on the unit table's header (row 6), not on the totals above it.
    const filter = sheetFilters(bytes).find((f) => f.sheet === COVERAGE_SHEET)!;
    expect(filter.autoFilter).toBe(`A6:N${rows.length}`);
    expect(filter.filterDatabase).toBe(`'Cakupan unit'!$A$6:$N$${rows.length}`);
  });

  it('puts one `units` item per plan unit into the JSON rekap, which still reads as a version 1 export', async () => {
    const bytes = await rekapFileBytes('json', rekap, census, UNIT_INDEX, meta, { coverage });
    const parsed = parseExportText(new TextDecoder().decode(bytes));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.units).toHaveLength(TEST_PLAN.units.length);
    expect(parsed.data.units?.find((u) => u.id === '73.71.01')).toMatchObject({
      kind: 'kecamatan',
      state: 'failing',
      hosts: [{ host: 'contoh-marisokec.makassarkota.go.id', registered: true, state: 'down', lastSeen: '2026-01-21T00:00:00.000Z', lastAlive: null }],
      findings: 1,
      apps: ['contoh-mariso'],
    });
    // The CSV keeps exactly the collector columns.
    expect(new TextDecoder().decode(await rekapFileBytes('csv', rekap, census, UNIT_INDEX, meta, { coverage }))).not.toContain('73.71.01');
  });

  it('says the totals in the article’s terms, in both languages', () => {
    expect(coverageLines(coverage.totals, translators.id, 'id')).toEqual([
      '4 dari 5 OPD sudah punya situs (3 terdaftar, 1 terlihat hidup).',
      '2 dari 2 kecamatan sudah punya situs (1 terdaftar, 0 terlihat hidup).',
      '1 dari 3 kelurahan sudah punya situs (0 terdaftar, 0 terlihat hidup).',
    ]);
    expect(coverageLines(coverage.totals, translators.en, 'en')[2]).toBe('1 of 3 kelurahan have a known site (0 registered, 0 seen alive).');
  });
});

describe('npx pantau rekap prints the rollout of the bundled unit plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-units-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // "Terdaftar" counts hosts of the registry on the watched domains: the CLI watches
  // makassarkota.go.id, so units whose only site is on makassar.go.id (DPRD, LPSE) are not counted.
  it('with the same totals as the sheet, and the sheet in the workbook', async () => {
    writeFileSync(
      join(dir, 'andi.json'),
      exportToJson(exportOf('Andi', '2026-02-01T00:00:00.000Z', [host('wajokec.makassarkota.go.id', { lastSeen: '2026-01-30T00:00:00.000Z' }), host('dash.manggala.kel.makassarkota.go.id')])),
    );
    const out: string[] = [];
    const io: CliIo = { out: (l) => out.push(l), err: (l) => out.push(l), cwd: dir, env: {}, now: () => new Date('2026-02-02T00:00:00Z') };
    expect(await main(['rekap', 'andi.json', '--out', 'rekap.xlsx'], io)).toBe(0);
    expect(out).toContain('48 dari 66 OPD sudah punya situs (46 terdaftar, 1 terlihat hidup).');
    expect(out).toContain('15 dari 15 kecamatan sudah punya situs (15 terdaftar, 1 terlihat hidup).');
    expect(out).toContain('1 dari 153 kelurahan sudah punya situs (1 terdaftar, 1 terlihat hidup).');
    const sheets = await readXlsxFile(readFileSync(join(dir, 'rekap.xlsx')));
    const sheet = sheets.find((s) => s.sheet === COVERAGE_SHEET)!.data;
    expect(sheet[3]?.[0]).toBe('1 dari 153 kelurahan sudah punya situs');
    expect(sheet).toHaveLength(6 + 219);
  }, 30_000);
});
