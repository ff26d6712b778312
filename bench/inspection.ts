/**
 * Real-Chromium figures for the page inspection (issue 3), with the built extension:
 * - content-script inspection time (scanMs, measured by the content script itself around its
 *   whole read-and-analyse, and stored with the page facts) on a typical pemda page (the
 *   corpus's WordPress portal, ~5 KB), on a 1 MB news archive, and on a 120,000-element DOM;
 * - page-load time (navigation start → load event end) of the same pages in a browser with
 *   Pantau and in one without, loaded alternately in the same run, as a ratio; and, in the
 *   browser with Pantau, the same page under a non-city name, where Pantau does nothing.
 * Run with `npm run bench:inspection` (builds first) or `npx tsx bench/inspection.ts`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, launchWithExtension } from '../scripts/lib/chromium';
import { startCityServer, type StandInPage } from '../scripts/lib/city-server';
import { bigNewsPage, corpusHtml, hugeDomPage, loadCorpus } from '../scripts/lib/page-corpus';

const EXT = resolve('.output/chrome-mv3');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const NOW = Date.now();

interface BenchPage {
  label: string;
  html: string;
}

const typical = loadCorpus().find((page) => page.id === 'wordpress-portal')!;
const PAGES: BenchPage[] = [
  // Its CDN links made same-host: loads must not depend on how each browser fails to reach a CDN.
  { label: 'typical page (WordPress portal)', html: corpusHtml(typical, NOW)!.replaceAll('https://cdn.jsdelivr.net/', '/') },
  { label: '1 MB page (news archive)', html: bigNewsPage(NOW, 1_000_000) },
  { label: 'huge DOM (120,000 elements)', html: hugeDomPage(NOW) },
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

/**
 * Navigation start → load event end, as the page's own Navigation Timing reports it, in a fresh
 * tab (reusing one would charge each load for tearing down the previous, possibly huge, page).
 * `beforeClose` runs while the tab is still open (Pantau inspects after the load event).
 */
async function loadTime(context: BrowserContext, url: string, beforeClose: () => Promise<unknown> = async () => {}): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const ms = await page.evaluate(() => {
      const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return entry === undefined ? NaN : entry.loadEventEnd - entry.startTime;
    });
    await beforeClose();
    return ms;
  } finally {
    await page.close();
  }
}

/** The scanMs Pantau stored for `host`, once the content script has reported. */
async function scanMsOf(probe: Page, host: string): Promise<number> {
  return probe.evaluate(async (h) => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown }> } } }).chrome;
    for (let i = 0; i < 500; i++) {
      const reply = await c.runtime.sendMessage({ type: 'getSiteCard', url: `http://${h}/` });
      const inspection = (reply.value as { inspection?: { scanMs: number | null } | null } | undefined)?.inspection;
      if (reply.ok && inspection?.scanMs != null) return inspection.scanMs;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no page facts for ${h}`);
  }, host);
}

async function main() {
  if (!existsSync(`${EXT}/manifest.json`)) throw new Error('No built extension: run `npx wxt build` first (npm run bench:inspection does).');
  // Every round loads from a new host, so nothing is served from cache and each inspection is new.
  const host = (browser: 'ext' | 'other' | 'plain', page: number, round: number) =>
    `bench-${browser}-${page}-${round}.${browser === 'other' ? 'example.org' : 'makassarkota.go.id'}`;
  const stands: Record<string, StandInPage> = {};
  for (let round = 0; round < ROUNDS; round++) {
    PAGES.forEach((page, i) => {
      for (const kind of ['ext', 'other', 'plain'] as const) stands[host(kind, i, round)] = { html: page.html };
    });
  }
  const server = await startCityServer(stands);

  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  const withPantau = await launchWithExtension({ extensionDir: EXT, hostResolverRules: 'MAP * 127.0.0.1' });
  // The same kind of browser (persistent profile, same switches), only without the extension.
  const plainProfile = mkdtempSync(join(tmpdir(), 'pantau-bench-plain-'));
  const plain: BrowserContext = await chromium.launchPersistentContext(plainProfile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...args, '--host-resolver-rules=MAP * 127.0.0.1'],
  });
  const probe = await withPantau.context.newPage();
  await probe.goto(`chrome-extension://${withPantau.extensionId}/options.html`);

  const scan = PAGES.map(() => [] as number[]);
  const loadWith = PAGES.map(() => [] as number[]);
  const loadWithout = PAGES.map(() => [] as number[]);
  const loadOther = PAGES.map(() => [] as number[]);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < PAGES.length; i++) {
        const extHost = host('ext', i, round);
        const loads = [
          async () =>
            loadWith[i]!.push(await loadTime(withPantau.context, server.url(extHost), async () => scan[i]!.push(await scanMsOf(probe, extHost)))),
          async () => loadWithout[i]!.push(await loadTime(plain, server.url(host('plain', i, round)))),
          async () => loadOther[i]!.push(await loadTime(withPantau.context, server.url(host('other', i, round)))),
        ];
        // Rotate which load goes first, so none always gets the warmer (or busier) machine.
        for (let k = 0; k < loads.length; k++) await loads[(k + round) % loads.length]!();
      }
    }
  } finally {
    await withPantau.close();
    await plain.close();
    rmSync(plainProfile, { recursive: true, force: true });
    await server.close();
  }

  const content = readFileSync(`${EXT}/inspector.js`);
  console.log(`Chromium ${CHROMIUM_PATH}, ${ROUNDS} rounds per page, pages served from loopback.`);
  console.log('');
  console.log('| page | size | inspection (scanMs) median | p95 | load with Pantau | without | ratio | with Pantau, non-city name |');
  console.log('|---|---|---|---|---|---|---|---|');
  PAGES.forEach((page, i) => {
    const ratio = median(loadWith[i]!) / median(loadWithout[i]!);
    console.log(
      `| ${page.label} | ${kib(page.html.length)} | ${median(scan[i]!).toFixed(1)} ms | ${p95(scan[i]!).toFixed(1)} ms | ` +
        `${median(loadWith[i]!).toFixed(1)} ms | ${median(loadWithout[i]!).toFixed(1)} ms | ${ratio.toFixed(2)} | ${median(loadOther[i]!).toFixed(1)} ms |`,
    );
  });
  console.log('');
  console.log(`content script: ${kib(content.length)}, ${(gzipSync(content, { level: 9 }).length / 1024).toFixed(1)} KiB gzip`);
  console.log('Load times are medians of navigation start → load event end. The inspection itself waits for the');
  console.log('load event and an idle moment, so scanMs is not part of them; what the ratio shows is the cost of');
  console.log('Chromium injecting any content script at document_idle (an isolated world and the script itself).');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
