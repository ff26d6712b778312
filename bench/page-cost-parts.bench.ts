/**
 * Where a city page's cost comes from, part by part: throwaway MV3 extensions that each add one
 * thing Pantau does, loaded in turns with a browser that has no extension, on the 47 kB pemda page
 * (a new host every load, as a first visit). Each part is the difference between two neighbours:
 * - `listen`: a worker listening to webNavigation.onCompleted on city hosts (the wake-up);
 * - `observe`: plus a webRequest.onCompleted observer of top-level city responses with their
 *   headers, as Pantau reads status and Server/X-Powered-By. Chromium routes every request such a
 *   listener matches through the browser process, repeat visits included;
 * - `empty`: `listen` plus `scripting.executeScript` of an empty function in the page's isolated
 *   world at the load's end: the floor under any inspection run in the page;
 * - `inspector`: `listen` plus injecting Pantau's own built inspector.js the same way (its report
 *   finds no listener in the throwaway worker, which costs the page nothing it would not pay anyway);
 * - `inspector before`, with BENCH_BASELINE_DIR=<an earlier build>: that build's inspector.js, the
 *   same way, in the same run.
 * Page task time is CDP Performance.getMetrics TaskDuration, read SETTLE ms after the load, as in
 * city-page-cost. Differences are per round (the browsers load in turns), reported as the median
 * and the 25th–75th percentile, so a reader sees how much of each part is the machine.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../scripts/lib/chromium';
import { startCityServer } from '../scripts/lib/city-server';
import { pemdaPage } from '../scripts/lib/page-corpus';
import { measureLoad } from './support/page-metrics';
import { defineBench, median, ms, percentile, type BenchRow } from './support/bench';
import { BASELINE_DIR, EXTENSION_DIR, LOOPBACK_RULES } from './support/browser';

const ROUNDS = Number(process.env.BENCH_COST_ROUNDS ?? 20);
const WARMUP = 3;
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 2500);
const CITY = { hostSuffix: 'makassarkota.go.id' };

interface Part {
  label: string;
  /** Worker source run for each completed top-level city load (`d` is the event's details). */
  onLoad?: string;
  /** Worker source run once at start. */
  setup?: string;
  /** Built files copied into the extension. */
  files?: string[];
  /** The build they are copied from (default: EXTENSION_DIR). */
  from?: string;
}

const PARTS: Part[] = [
  { label: 'listen', onLoad: '' },
  {
    label: 'observe',
    onLoad: '',
    setup: "chrome.webRequest.onCompleted.addListener(() => {}, { urls: ['*://*.makassarkota.go.id/*'], types: ['main_frame'] }, ['responseHeaders']);",
  },
  { label: 'empty', onLoad: 'chrome.scripting.executeScript({ target: { tabId: d.tabId, frameIds: [0] }, func: () => 1 }).catch(() => {});' },
  {
    label: 'inspector',
    onLoad: "chrome.scripting.executeScript({ target: { tabId: d.tabId, frameIds: [0] }, files: ['inspector.js'] }).catch(() => {});",
    files: ['inspector.js'],
  },
];
if (BASELINE_DIR !== null) PARTS.push({ ...PARTS.at(-1)!, label: 'inspector before', from: BASELINE_DIR });

/** A throwaway extension doing one part of Pantau's work (see PARTS). */
function writeExtension(part: Part): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `pantau-part-${part.label.replace(/\W/g, '-')}-`));
  const manifest = {
    manifest_version: 3,
    name: part.label,
    version: '1.0',
    permissions: ['scripting', 'webNavigation', 'webRequest'],
    host_permissions: ['*://*.makassarkota.go.id/*'],
    background: { service_worker: 'worker.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const listener = `chrome.webNavigation.onCompleted.addListener((d) => { if (d.frameId === 0) { ${part.onLoad ?? ''} } }, { url: [${JSON.stringify(CITY)}] });`;
  writeFileSync(join(dir, 'worker.js'), `${part.setup ?? ''}\n${listener}\n`);
  for (const file of part.files ?? []) {
    const source = join(part.from ?? EXTENSION_DIR, file);
    if (!existsSync(source)) throw new Error(`${source} is missing: build the extension first (npx wxt build)`);
    copyFileSync(source, join(dir, file));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Median and 25th–75th percentile of the per-round differences a[i] − b[i]. */
function difference(a: readonly number[], b: readonly number[]): string {
  const per = a.map((value, i) => value - b[i]!);
  return `${ms(median(per))} (p25–p75 ${ms(percentile(per, 25))} – ${ms(percentile(per, 75))})`;
}

export default defineBench({
  name: 'page-cost-parts',
  browser: true,
  async run() {
    const server = await startCityServer({ '*': { html: pemdaPage(Date.now()) } });
    const extensions = PARTS.map((part) => ({ part, ...writeExtension(part) }));
    const browsers: Array<{ label: string; context: Awaited<ReturnType<typeof launchChromium>>['context']; close(): Promise<void> }> = [];
    const task = new Map<string, number[]>();
    try {
      browsers.push({ label: 'none', ...(await launchChromium({ hostResolverRules: LOOPBACK_RULES, extensionDirs: [] })) });
      for (const extension of extensions) {
        browsers.push({ label: extension.part.label, ...(await launchChromium({ hostResolverRules: LOOPBACK_RULES, extensionDirs: [extension.dir] })) });
      }
      for (const browser of browsers) task.set(browser.label, []);
      for (let round = -WARMUP; round < ROUNDS; round++) {
        for (let k = 0; k < browsers.length; k++) {
          const browser = browsers[(k + round + WARMUP) % browsers.length]!;
          const url = server.url(`pemda-${round + WARMUP}-${browser.label.replace(/\W/g, '-')}.makassarkota.go.id`, '/');
          const { taskMs } = await measureLoad(browser.context, url, SETTLE_MS);
          if (round >= 0) task.get(browser.label)!.push(taskMs);
        }
      }
    } finally {
      for (const browser of browsers) await browser.close();
      for (const extension of extensions) extension.remove();
      await server.close();
    }
    const of = (label: string) => task.get(label)!;
    const rows: BenchRow[] = [
      {
        figure: `pemda page task time, medians (n=${ROUNDS}): ${browsers.map((b) => b.label).join(' / ')}`,
        value: browsers.map((b) => ms(median(of(b.label)))).join(' / '),
      },
      { figure: 'a listening worker (listen − none), per round', value: difference(of('listen'), of('none')) },
      { figure: 'observing top-level responses with webRequest (observe − listen), per round', value: difference(of('observe'), of('listen')) },
      { figure: 'an empty isolated-world injection at the load’s end (empty − listen), per round', value: difference(of('empty'), of('listen')) },
      { figure: 'Pantau’s inspector beyond an empty injection (inspector − empty), per round', value: difference(of('inspector'), of('empty')) },
    ];
    if (task.has('inspector before')) {
      rows.push({ figure: 'the earlier build’s inspector beyond an empty injection (inspector before − empty), per round', value: difference(of('inspector before'), of('empty')) });
      rows.push({ figure: 'this build’s inspector against the earlier one (inspector − inspector before), per round', value: difference(of('inspector'), of('inspector before')) });
    }
    return rows;
  },
});
