import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/cli/main';
import { CSV_COLUMNS, exportToCsv } from '../../../utils/export/export-csv';
import { exportToJson } from '../../../utils/export/export-json';
import type { ExportHostV1, ExportV1 } from '../../../utils/export/export-schema';
import { buildCensus } from '../../../utils/rekap/census';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { rekapFileBytes } from '../../../utils/rekap/rekap-output';
import { createRegistryIndex } from '../../../utils/registry/registry-index';
import { DOMAINS, exportOf, host, TEST_REGISTRY } from '../rekap/fixtures';

/**
 * Excel splits a CSV on the list separator of the machine's regional settings: `,` in English,
 * `;` with Indonesian settings, and tab for pasted text. Whatever separator it applies, no cell it
 * can form may start with `=`, `+`, `-`, `@`, tab or CR (a formula, or a cell Excel trims into one).
 */
const SEPARATORS = [',', ';', '\t'] as const;
const DANGEROUS_START = /^[=+\-@\t\r]/;

const PAYLOADS = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
const GLUES = [',', ';', '\t', '\n', '\r\n', ';"', ',"', ';""', '"', ''];
/** The page title, then every payload behind every glue. */
const HOSTILE = ["Dinas;=cmd|' /C calc'!A0;", ...GLUES.flatMap((glue) => PAYLOADS.map((payload) => `Dinas${glue}${payload}`))];

/** A URL path can carry `,`, `;`, `=`, `+`, `@`, `'` and `|` unescaped. */
const HOSTILE_PATH = "https://liar.makassarkota.go.id/a,=cmd|'/C%20calc'!A0;+1,@x";

function hostileHosts(): ExportHostV1[] {
  return HOSTILE.map((title, i) =>
    host(`h${String(i).padStart(3, '0')}.makassarkota.go.id`, {
      lastTitle: title,
      lastUrl: HOSTILE_PATH,
      lastError: title,
      inspection: {
        checkedAt: '2025-03-10T00:00:00.000Z',
        status: 200,
        finalUrl: HOSTILE_PATH,
        redirects: [{ url: HOSTILE_PATH, status: 301 }],
        https: true,
        hsts: false,
        server: title,
        poweredBy: title,
        software: [{ name: title, version: title }],
        title,
        placeholder: null,
        passwordField: false,
        newestDate: null,
        copyrightYear: null,
      },
    }),
  );
}

const hostileExport = (): ExportV1 => exportOf(HOSTILE[0]!, '2025-03-11T00:00:00.000Z', hostileHosts(), { collector: { name: HOSTILE[1]!, unit: HOSTILE[2]! } });

/** Cells as a quote-aware reader (papaparse, like Excel's import) forms them with `separator`. */
function quotedCells(csv: string, separator: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: separator, newline: '\r\n' });
  return parsed.data.flat();
}

/**
 * Cells as a reader that ignores quoting forms them: every CR or LF ends a line, every separator
 * ends a cell, and quotes at the start of a cell are dropped (Excel strips them, keeping what follows).
 */
function naiveCells(csv: string, separator: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .flatMap((line) => line.split(separator))
    .map((cell) => cell.replace(/^"+/, ''));
}

function expectSafe(csv: string): void {
  for (const separator of SEPARATORS) {
    const bad = [...quotedCells(csv, separator), ...naiveCells(csv, separator)].filter((cell) => DANGEROUS_START.test(cell));
    expect({ separator, bad }).toEqual({ separator, bad: [] });
  }
}

let dir: string | null = null;
afterAll(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
});

describe('every CSV Pantau writes is safe under the `,` `;` and tab separators', () => {
  it('the collector CSV, in its `,` and `;` variants', () => {
    expectSafe(exportToCsv(hostileExport()));
    expectSafe(exportToCsv(hostileExport(), ';'));
  });

  it('the rekap CSV the dashboard downloads', async () => {
    const rekap = mergeExports([hostileExport()], DOMAINS);
    const registry = createRegistryIndex(TEST_REGISTRY, DOMAINS);
    const census = buildCensus(rekap, registry, { recentDays: 90, now: Date.parse('2025-04-01T00:00:00Z') });
    const bytes = await rekapFileBytes('csv', rekap, census, registry, {
      now: new Date('2025-04-01T00:00:00Z'),
      domain: DOMAINS[0]!,
      collector: { name: HOSTILE[3]!, unit: HOSTILE[4]! },
      extension: { version: '0.1.0', browser: 'dashboard' },
      registryVersion: TEST_REGISTRY.version,
    });
    expectSafe(new TextDecoder().decode(bytes));
    const semicolons = await rekapFileBytes('csv', rekap, census, registry, {
      now: new Date('2025-04-01T00:00:00Z'), domain: DOMAINS[0]!, collector: { name: '', unit: '' }, extension: { version: '0.1.0', browser: 'dashboard' }, registryVersion: TEST_REGISTRY.version,
    }, { csvSeparator: ';' });
    expectSafe(new TextDecoder().decode(semicolons));
  });

  it("the CLI's rekap CSV", async () => {
    dir = mkdtempSync(join(tmpdir(), 'pantau-csv-'));
    writeFileSync(join(dir, 'hostile.json'), exportToJson(hostileExport()));
    const io = { out: () => {}, err: () => {}, cwd: dir, env: {}, now: () => new Date('2025-04-01T00:00:00Z') };
    expect(await main(['rekap', 'hostile.json', '--out', 'rekap.csv', '--name', HOSTILE[5]!], io)).toBe(0);
    expectSafe(readFileSync(join(dir, 'rekap.csv'), 'utf8'));
  });

  it('keeps the text readable: only a quote is added in front of what could start a cell', () => {
    const csv = exportToCsv(exportOf('Andi', '2025-03-11T00:00:00.000Z', [host('a.makassarkota.go.id', { lastTitle: "Dinas;=cmd|' /C calc'!A0;" })]));
    const row = quotedCells(csv, ',')[CSV_COLUMNS.length + CSV_COLUMNS.indexOf('last_title')];
    expect(row).toBe("Dinas;'=cmd|' /C calc'!A0;");
  });
});
