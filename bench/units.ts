/**
 * Unit-coverage figures ("Cakupan unit"): the rollout computed for the whole bundled plan (219
 * units: 66 OPD including the 15 kecamatan, and 153 kelurahan; 234 rows if the kecamatan are
 * counted once as OPD and once as kecamatan) in Node, then the dashboard tab in headless Chromium
 * with a rekap in which every registry host was seen. `npm run bench:units` (builds first).
 * Prints a table; not a test.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportHostV1, ExportV1 } from '../utils/export/export-schema';
import { exportToJson } from '../utils/export/export-json';
import { buildCensus } from '../utils/rekap/census';
import { mergeExports } from '../utils/rekap/merge-exports';
import { BUNDLED_REGISTRY } from '../utils/registry/bundled';
import { createRegistryIndex } from '../utils/registry/registry-index';
import { BUNDLED_UNIT_PLAN } from '../utils/units/bundled-plan';
import { computeCoverage } from '../utils/units/rollout';
import { launchWithExtension } from '../scripts/lib/chromium';

const DOMAINS = ['makassarkota.go.id'];
const registry = createRegistryIndex(BUNDLED_REGISTRY, DOMAINS);
const T0 = Date.parse('2026-11-01T00:00:00.000Z');
const hosts = [...new Set([...registry.entries.flatMap((e) => e.hosts), ...BUNDLED_UNIT_PLAN.units.flatMap((u) => u.hosts)])].filter((h) => h.endsWith(DOMAINS[0]!)).sort();

const exportHost = (host: string, i: number): ExportHostV1 => ({
  host,
  registered: false,
  app: null,
  firstSeen: new Date(T0).toISOString(),
  lastSeen: new Date(T0 + i * 60_000).toISOString(),
  visits: 1 + (i % 9),
  lastUrl: `https://${host}/`,
  lastTitle: `Judul ${i}`,
  lastOutcome: i % 7 === 0 ? 'error' : 'ok',
  lastError: i % 7 === 0 ? 'net::ERR_CONNECTION_REFUSED' : null,
  findings: [],
});
const data: ExportV1 = {
  format: 'pantau.export',
  version: 1,
  exportedAt: new Date(T0 + 86_400_000).toISOString(),
  domain: DOMAINS[0]!,
  collector: { name: 'Bench', unit: '' },
  extension: { version: '0.1.0', browser: 'chrome' },
  registry: { version: BUNDLED_REGISTRY.version, entries: registry.entries.length },
  hosts: hosts.map(exportHost),
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const add = (what: string, value: string) => console.log(`${what.padEnd(76)} ${value}`);

function nodeFigures() {
  const census = buildCensus(mergeExports([data], DOMAINS), registry, { recentDays: 90, now: T0 });
  const times: number[] = [];
  let coverage = computeCoverage({ plan: BUNDLED_UNIT_PLAN, registry, rows: census.rows });
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    coverage = computeCoverage({ plan: BUNDLED_UNIT_PLAN, registry, rows: census.rows });
    times.push(performance.now() - start);
  }
  add(`rollout of ${coverage.units.length} units against ${census.rows.length} census rows (median of 20)`, ms(median(times)));
}

async function browserFigures() {
  const dir = resolve(import.meta.dirname, '../.output/chrome-mv3');
  if (!existsSync(`${dir}/manifest.json`)) return add('dashboard in Chromium', 'skipped: build first (npm run bench:units does)');
  const browser = await launchWithExtension({ extensionDir: dir, hostResolverRules: 'MAP * ~NOTFOUND' });
  try {
    const page = await browser.context.newPage();
    const url = `chrome-extension://${browser.extensionId}/dashboard.html#cakupan`;
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await page.goto(url);
      await page.getByTestId('coverage-table').waitFor();
      cold.push(performance.now() - start);
    }
    add('open dashboard.html#cakupan → table of 219 units drawn (median of 3)', ms(median(cold)));
    await page.getByTestId('tab-rekap').click();
    await page.getByTestId('rekap-file-input').setInputFiles([{ name: 'semua.json', mimeType: 'application/json', buffer: Buffer.from(exportToJson(data)) }]);
    await page.getByTestId('loaded-file').waitFor();
    const tab: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.getByTestId('tab-tabel').click();
      await page.getByTestId('census-row').first().waitFor();
      // Timed inside the page: the click, the render of 219 rows and two frames (painted).
      tab.push(
        await page.evaluate(async () => {
          const start = performance.now();
          document.querySelector<HTMLButtonElement>('[data-testid="tab-cakupan"]')!.click();
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          if (document.querySelector('[data-testid="coverage-table"]') === null) throw new Error('table not drawn');
          return performance.now() - start;
        }),
      );
    }
    add(`switch to the tab with ${hosts.length} hosts seen → 219 units painted (median of 5)`, ms(median(tab)));
    const filters: number[] = [];
    for (const value of ['73.71.12', '73.71.01', '', '73.71.14', '']) {
      filters.push(
        await page.evaluate(async (v) => {
          const select = document.querySelector<HTMLSelectElement>('[data-testid="coverage-kecamatan"]')!;
          const start = performance.now();
          select.value = v;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          return performance.now() - start;
        }, value),
      );
    }
    add('kecamatan filter changed → table repainted (median of 5)', ms(median(filters)));
    add('  slowest (back to all 219 units)', ms(Math.max(...filters)));
  } finally {
    await browser.close();
  }
}

nodeFigures();
await browserFigures();
console.log(`\nNode ${process.version}, ${process.arch}; Chromium headless; ${new Date().toISOString()}`);
