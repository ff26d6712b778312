import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../utils/text/clean-text';
import { buildExport, type BuildExportInput } from '../../../utils/export/build-export';
import { CSV_COLUMNS, exportToCsv, witaDateTime } from '../../../utils/export/export-csv';
import { neutraliseCell } from '../../../utils/export/csv-cell';
import { exportToJson } from '../../../utils/export/export-json';
import { parseExport } from '../../../utils/export/parse-export';
import { sanitiseUrl } from '../../../utils/domains/host-match';
import type { HostRecord } from '../../../utils/visits/host-record';
import type { RegistryEntry } from '../../../utils/registry/schema';
import { entry, fakeIndex } from './fixtures';

/**
 * Property-based checks of the export: anything Pantau can have recorded must come out as a JSON
 * file that parses back to the same data, and as CSV that a CSV parser reads back cell for cell,
 * with no cell a spreadsheet would run as a formula.
 */
const DOMAIN = 'makassarkota.go.id';
/**
 * What a spreadsheet may run as a formula (OWASP's list, plus LF and NUL as in ASVS 5.0 1.2.10).
 * Written out here rather than imported, so the test does not grade the code by its own rule.
 */
const STARTS_FORMULA = /^[=+\-@\t\r\n\0]/;
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,12}[a-z0-9])?$/);
const host = fc.array(label, { minLength: 0, maxLength: 3 }).map((labels) => [...labels, DOMAIN].join('.'));
/** Hostile text: any code points, with formula starters, quotes, separators and line breaks mixed in. */
const hostileText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0', '"', ',', ';', "'", '\u202e', '=HYPERLINK("http://evil.test")')), { maxLength: 6 })
  .map((parts) => parts.join(''));
// Times Pantau can record: Date.now() between 2000 and 2100.
const time = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
// Paths as a page can have them, including absurdly long ones.
const path = fc.oneof(fc.webPath(), fc.string({ maxLength: 40 }).map((s) => `/${s}`), fc.integer({ min: 1, max: 20_000 }).map((n) => `/${'a'.repeat(n)}`));

/** A host record exactly as the recorder stores one: sanitised URL, cleaned title. */
const recordFor = (hostName: string): fc.Arbitrary<HostRecord> =>
  fc
    .record({
      times: fc.tuple(time, time),
      visits: fc.integer({ min: 1, max: 1_000_000 }),
      scheme: fc.constantFrom('http', 'https'),
      path,
      query: fc.webQueryParameters(),
      title: fc.option(hostileText, { nil: null }),
      failed: fc.boolean(),
    })
    .map(({ times, visits, scheme, path: p, query, title, failed }) => ({
      host: hostName,
      firstSeen: Math.min(...times),
      lastSeen: Math.max(...times),
      visits,
      lastUrl: sanitiseUrl(`${scheme}://${hostName}${p}?${query}`),
      lastTitle: cleanTitle(title),
      lastOutcome: failed ? 'error' : 'ok',
      lastError: failed ? 'net::ERR_CONNECTION_REFUSED' : null,
      days: {},
    }));

const records: fc.Arbitrary<HostRecord[]> = fc
  .uniqueArray(host, { maxLength: 12 })
  .chain((hosts) => (hosts.length === 0 ? fc.constant<HostRecord[]>([]) : fc.tuple(...hosts.map(recordFor))));

/** Registry entries for some of the hosts, with hostile names (the registry is data too). */
const scenario = records.chain((recs) =>
  fc
    .tuple(
      fc.subarray(recs.map((r) => r.host)),
      fc.array(hostileText, { minLength: recs.length, maxLength: recs.length }),
      fc.constantFrom('aktif', 'tidak-aktif', 'pengembangan', 'tidak-diketahui' as const),
      fc.record({ name: hostileText, unit: hostileText }),
    )
    .map(([registered, names, status, collector]) => {
      const entries: RegistryEntry[] = registered.map((h, i) => entry({ id: `app-${i}`, hosts: [h], name: names[i] ?? '', opd: names[i] ?? '', status }));
      const input: BuildExportInput = {
        records: recs,
        index: fakeIndex(entries),
        registryVersion: '2026.11.27',
        domain: DOMAIN,
        collector,
        extension: { version: '0.1.0', browser: 'chrome' },
        now: new Date(Date.UTC(2026, 10, 27)),
      };
      return input;
    }),
);

describe('export properties', () => {
  it('JSON: whatever Pantau recorded parses back through parseExport to the same data', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const data = buildExport(input);
        const parsed = parseExport(JSON.parse(exportToJson(data)));
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        expect(parsed.data).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it('is independent of the order the records come in', () => {
    fc.assert(
      fc.property(
        scenario.chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.records], { minLength: input.records.length }))),
        ([input, shuffled]) => {
          expect(buildExport({ ...input, records: shuffled })).toEqual(buildExport(input));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('CSV: round-trips through papaparse cell for cell, and no cell can start a formula', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const data = buildExport(input);
        const csv = exportToCsv(data);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter: ',' });
        // The file ends with CRLF, which papaparse reads as one last empty row.
        expect(parsed.data.at(-1)).toEqual(['']);
        const rows = parsed.data.slice(0, -1);
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(data.hosts.length + 1);
        rows.slice(1).forEach((cells, i) => {
          const h = data.hosts[i]!;
          const expected = [
            h.host, h.registered, h.app?.id ?? null, h.app?.name ?? null, h.app?.opd ?? null, h.app?.status ?? null,
            h.firstSeen, h.lastSeen, h.visits, h.lastUrl, h.lastTitle, h.lastOutcome, h.lastError,
            h.findings.map((f) => f.code).join('; '),
            // The scenario records no inspections, so the inspection columns (issue 3) stay empty.
            ...Array<null>(CSV_COLUMNS.indexOf('first_seen_wita') - 14).fill(null),
            witaDateTime(h.firstSeen), witaDateTime(h.lastSeen), null,
            'visit',
          ].map((v) => (v === null ? '' : typeof v === 'string' ? neutraliseCell(v) : String(v)));
          expect(cells).toEqual(expected);
          for (const cell of cells) expect(STARTS_FORMULA.test(cell), `cell starts a formula: ${JSON.stringify(cell)}`).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
    // 300 runs take ~2 s alone and more than the default 5 s on the shared 2-core machine under load.
  }, 30_000);
});
