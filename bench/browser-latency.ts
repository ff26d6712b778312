/**
 * Real-Chromium figures for the foundation slice:
 * - navigation → visit stored: time from the page's load event to the record being readable,
 * - service-worker cold start: launch → worker ready,
 * - bundle sizes (gzip) of background and popup.
 * Run with `npm run bench` (builds first) or `npx tsx bench/browser-latency.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../scripts/lib/chromium';
import { startCityServer } from '../scripts/lib/city-server';

const EXT = resolve('.output/chrome-mv3');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

function gzipSizes(dir: string, match: (file: string) => boolean): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (match(path)) {
        const bytes = readFileSync(path);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
    }
  };
  walk(dir);
  return { raw, gzip };
}

async function main() {
  const server = await startCityServer({ '*': { title: 'Halaman uji' } });
  const t0 = performance.now();
  const browser = await launchWithExtension({ extensionDir: EXT, hostResolverRules: 'MAP * 127.0.0.1' });
  const coldStart = performance.now() - t0;
  const probe = await browser.context.newPage();
  await probe.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const page = await browser.context.newPage();
  const delays: number[] = [];
  try {
    for (let i = 0; i < ROUNDS; i++) {
      const host = `bench-${i}.makassarkota.go.id`;
      await page.goto(server.url(host, '/')); // resolves at the load event
      const loadedAt = performance.now();
      // Poll the background (as the popup would) until the visit is readable.
      await probe.evaluate(async (h) => {
        const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { records: Array<{ host: string }> } }> } } }).chrome;
        for (;;) {
          const reply = await c.runtime.sendMessage({ type: 'getSiteCard', url: `http://${h}/` });
          const value = reply.value as unknown as { record?: unknown } | undefined;
          if (reply.ok && value?.record) return;
          await new Promise((r) => setTimeout(r, 2));
        }
      }, host);
      delays.push(performance.now() - loadedAt);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const bg = gzipSizes(EXT, (f) => f.endsWith('background.js'));
  const popup = gzipSizes(EXT, (f) => /popup|chunks/.test(f) && /\.(js|css|html)$/.test(f));
  console.log('| figure | value |');
  console.log('|---|---|');
  console.log(`| launch → worker ready (cold start) | ${coldStart.toFixed(0)} ms |`);
  console.log(`| load event → visit readable, median (n=${ROUNDS}) | ${pct(delays, 50).toFixed(1)} ms |`);
  console.log(`| load event → visit readable, p95 | ${pct(delays, 95).toFixed(1)} ms |`);
  console.log(`| background.js | ${(bg.raw / 1024).toFixed(1)} KiB, ${(bg.gzip / 1024).toFixed(1)} KiB gzip |`);
  console.log(`| popup (html+js+css incl. shared chunks) | ${(popup.raw / 1024).toFixed(1)} KiB, ${(popup.gzip / 1024).toFixed(1)} KiB gzip |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
