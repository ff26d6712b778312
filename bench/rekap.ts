/**
 * Rekap figures: merging 50 exports × 1,000 hosts, writing a 10,000-host rekap as CSV and xlsx,
 * and the dashboard table over 5,000 rows (pure filtering in Node, then the real page in headless
 * Chromium). `npm run bench:rekap` (builds the extension first). Prints a table; not a test.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportHostV1, ExportV1 } from '../utils/export/export-schema';
import { exportToJson } from '../utils/export/export-json';
import { buildCensus } from '../utils/rekap/census';
import { EMPTY_FILTER, filterRows, prepareRows, sortRows } from '../utils/rekap/census-filter';
import { mergeExports } from '../utils/rekap/merge-exports';
import { rekapFileBytes } from '../utils/rekap/rekap-output';
import { BUNDLED_REGISTRY } from '../utils/registry/bundled';
import { createRegistryIndex } from '../utils/registry/registry-index';
import { launchWithExtension } from '../scripts/lib/chromium';

const DOMAINS = ['makassarkota.go.id'];
const registry = createRegistryIndex(BUNDLED_REGISTRY, DOMAINS);
const registryHosts = registry.entries.flatMap((entry) => entry.hosts).filter((h) => h.endsWith(DOMAINS[0]!));
const T0 = Date.parse('2025-06-01T00:00:00.000Z');

function host(name: string, i: number): ExportHostV1 {
  const failed = i % 11 === 0;
  return {
    host: name,
    registered: false,
    app: null,
    firstSeen: new Date(T0 - (i % 90) * 86_400_000).toISOString(),
    lastSeen: new Date(T0 + (i % 29) * 86_400_000).toISOString(),
    visits: 1 + (i % 40),
    lastUrl: `https://${name}/halaman/${i % 7}`,
    lastTitle: `Judul halaman ${i} — "kutipan", koma`,
    lastOutcome: failed ? 'error' : 'ok',
    lastError: failed ? 'net::ERR_CONNECTION_TIMED_OUT' : null,
    findings: [],
    ...(i % 3 === 0 ? {
          inspection: {
            checkedAt: new Date(T0 + i * 1000).toISOString(),
            status: 200,
            finalUrl: `https://${name}/`,
            redirects: [],
            https: true,
            hsts: i % 2 === 0,
            server: 'nginx',
            poweredBy: null,
            software: [{ name: 'WordPress', version: '6.4.2' }],
            title: `Judul halaman ${i}`,
            placeholder: null,
            passwordField: false,
            newestDate: '2025-05-01',
            copyrightYear: 2025,
          },
        } : {}),
  };
}

/** Export `n` of a set: `size` hosts drawn from a pool, so collectors overlap as real ones do. */
function exportOf(n: number, size: number, pool: number): ExportV1 {
  const hosts = Array.from({ length: size }, (_, i) => {
    const k = (n * 397 + i * 7) % pool;
    return host(k < registryHosts.length ? registryHosts[k]! : `contoh-${k}.makassarkota.go.id`, n * size + i);
  });
  const unique = [...new Map(hosts.map((h) => [h.host, h])).values()].sort((a, b) => (a.host < b.host ? -1 : 1));
  return {
    format: 'pantau.export',
    version: 1,
    exportedAt: new Date(T0 + 30 * 86_400_000 + n * 60_000).toISOString(),
    domain: DOMAINS[0]!,
    collector: { name: `Pengumpul ${n}`, unit: `Unit ${n % 15}` },
    extension: { version: '0.1.0', browser: 'chrome' },
    registry: { version: '2025.09.24', entries: registry.entries.length },
    hosts: unique,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeMs(fn: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function timeAsync(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows: Array<[string, string]> = [];
const add = (what: string, value: string) => {
  rows.push([what, value]);
  console.log(`${what.padEnd(72)} ${value}`);
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function nodeFigures() {
  const fifty = Array.from({ length: 50 }, (_, n) => exportOf(n, 1000, 3000));
  let merged = mergeExports(fifty, DOMAINS);
  add('merge 50 exports × 1,000 hosts (median of 5)', `${ms(timeMs(() => (merged = mergeExports(fifty, DOMAINS))))} → ${merged.hosts.length} hosts`);
  add('  …then census against the bundled registry', ms(timeMs(() => buildCensus(merged, registry, { recentDays: 90, now: Date.now() }))));
  add('merge again in reverse order gives the same rekap', String(JSON.stringify(mergeExports([...fifty].reverse(), DOMAINS)) === JSON.stringify(merged)));

  const tenK = mergeExports(Array.from({ length: 10 }, (_, n) => exportOf(n, 1000, 10_000 + n * 1000)).map((e, n) => ({ ...e, hosts: e.hosts.map((h) => ({ ...h, host: `r${n}-${h.host}` })) })), DOMAINS);
  const census = buildCensus(tenK, registry, { recentDays: 90, now: Date.now() });
  const meta = { now: new Date(), domain: DOMAINS[0]!, collector: { name: 'Bench', unit: '' }, extension: { version: '0.1.0', browser: 'cli' }, registryVersion: BUNDLED_REGISTRY.version };
  for (const format of ['json', 'csv', 'xlsx'] as const) {
    let bytes = new Uint8Array();
    await rekapFileBytes(format, tenK, census, registry, meta); // warm-up: first-call compilation is not the figure
    const took = await timeAsync(async () => (bytes = await rekapFileBytes(format, tenK, census, registry, meta)));
    add(`${tenK.hosts.length.toLocaleString('en')}-host rekap → ${format} (median of 3)`, `${ms(took)}, ${(bytes.length / 1e6).toFixed(2)} MB`);
  }

  const fiveK = mergeExports([exportOf(0, 5000, 5000)], DOMAINS);
  const tableRows = buildCensus(fiveK, registry, { recentDays: 90, now: Date.now() }).rows;
  const prepared = prepareRows(tableRows);
  add(`table: prepare ${tableRows.length.toLocaleString('en')} rows for search (once per data change)`, ms(timeMs(() => prepareRows(tableRows))));
  for (const query of ['c', 'contoh-12', 'judul halaman 4', 'tidak-ada-apa-apa']) {
    add(`table: filter "${query}" + sort (per keystroke)`, ms(timeMs(() => sortRows(filterRows(prepared, { ...EMPTY_FILTER, query }), { key: 'findings', descending: true }), 20)));
  }
  return fiveK;
}

async function browserFigures(fiveK: ReturnType<typeof mergeExports>) {
  const dir = resolve(import.meta.dirname, '../.output/chrome-mv3');
  if (!existsSync(`${dir}/manifest.json`)) {
    add('dashboard in Chromium', 'skipped: build first (npm run bench:rekap does)');
    return;
  }
  const data = exportOf(0, 5000, 5000);
  const browser = await launchWithExtension({ extensionDir: dir, hostResolverRules: 'MAP * ~NOTFOUND' });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#rekap`);
    const loadStart = performance.now();
    await page.getByTestId('rekap-file-input').setInputFiles([{ name: 'besar.json', mimeType: 'application/json', buffer: Buffer.from(exportToJson(data)) }]);
    await page.getByTestId('loaded-file').waitFor();
    add(`dashboard: import one ${(exportToJson(data).length / 1e6).toFixed(1)} MB export (${fiveK.hosts.length} hosts), validated + merged`, ms(performance.now() - loadStart));
    const tabStart = performance.now();
    await page.getByTestId('tab-tabel').click();
    await page.getByTestId('census-row').first().waitFor();
    add(`dashboard: open the table tab (${fiveK.hosts.length} hosts + unseen entries, page 1 drawn)`, ms(performance.now() - tabStart));
    const keystrokes: number[] = [];
    for (const query of ['c', 'co', 'contoh-1', 'contoh-12', 'judul', '']) {
      keystrokes.push(
        await page.evaluate(async (q) => {
          const input = document.querySelector<HTMLInputElement>('[data-testid="filter-query"]')!;
          const start = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Rendered and painted: two animation frames after the update.
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          return performance.now() - start;
        }, query),
      );
    }
    add('dashboard: keystroke in search → table repainted (median of 6)', ms(median(keystrokes)));
    add('dashboard: slowest keystroke', ms(Math.max(...keystrokes)));
  } finally {
    await browser.close();
  }
}

const fiveK = await nodeFigures();
await browserFigures(fiveK);
console.log(`\nNode ${process.version}, ${process.arch}; Chromium headless; ${new Date().toISOString()}`);
