/**
 * Demo: drives headless Chromium with the built extension through a handful of stand-in city
 * sites (registered, unregistered, one that fails to resolve), then saves what a user would get:
 * the JSON and CSV exports, a screenshot of the popup and the store screenshots, in demo-output/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium';
import { startCityServer } from './lib/city-server';
import { takeStoreScreenshots } from './lib/store-screenshots';

const OUT = resolve('demo-output');
const EXTENSION_DIR = resolve('.output/chrome-mv3');
const DOWN = 'sembakota.makassarkota.go.id';

// Registered hosts are real registry entries; the unregistered one is a stand-in name for the
// demo only (it is exactly the kind of host an OPD was asked to report).
const SITES = [
  { host: 'makassarkota.go.id', path: '/berita?page=3', title: 'Portal Resmi Pemerintah Kota Makassar' },
  { host: 'dukcapil.makassarkota.go.id', path: '/layanan/cek-nik?nik=7371000000000000', title: 'Disdukcapil Kota Makassar' },
  { host: 'data.makassarkota.go.id', path: '/dataset', title: 'Satu Data Makassar' },
  { host: 'contoh-tak-terdaftar.makassarkota.go.id', path: '/', title: 'Aplikasi Pendataan UMKM Kelurahan' },
];

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await startCityServer(Object.fromEntries(SITES.map((s) => [s.host, { title: s.title }])));
  const browser = await launchWithExtension({
    extensionDir: EXTENSION_DIR,
    hostResolverRules: `MAP ${DOWN} ~NOTFOUND, MAP * 127.0.0.1`,
    lang: 'id',
    downloadsPath: OUT,
  });
  try {
    const started = Date.now();
    const lastPage = await browser.context.newPage();
    for (const site of SITES) {
      await lastPage.goto(server.url(site.host, site.path));
      console.log(`visited  ${site.host}${site.path}`);
    }
    const failing = await browser.context.newPage();
    await failing.goto(`http://${DOWN}/`).catch(() => console.log(`visited  ${DOWN} (fails: name not resolved)`));

    // Open the popup as a page for the tab showing the unregistered site, and take its picture.
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const tabs = (await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } } }).chrome.tabs.query({}),
    )) as Array<{ id: number; url?: string }>;
    const lastSite = SITES.at(-1)!;
    const tab = tabs.find((t) => t.url?.includes(lastSite.host));
    // The page is inspected once it has loaded and is idle: wait for its facts before the picture.
    await popup.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value?: { inspection?: { pageCheckedAt: number | null } | null } }> } } }).chrome;
      for (let i = 0; i < 200; i++) {
        const reply = await c.runtime.sendMessage({ type: 'getSiteCard', url });
        if (reply.value?.inspection?.pageCheckedAt != null) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    }, server.url(lastSite.host, lastSite.path));
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html${tab ? `?tabId=${tab.id}` : ''}`);
    await popup.getByTestId('site-host').waitFor({ timeout: 10_000 });
    await popup.getByTestId('count-hosts-seen').waitFor();
    await popup.screenshot({ path: `${OUT}/popup.png`, fullPage: true });

    const saved: Record<string, string> = {};
    for (const kind of ['json', 'csv'] as const) {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(`export-${kind}`).click()]);
      const target = `${OUT}/${download.suggestedFilename()}`;
      await download.saveAs(target);
      saved[kind] = target;
    }
    const storeShots = await takeStoreScreenshots(browser.context, `chrome-extension://${browser.extensionId}/`, OUT, tab?.id);
    const data = JSON.parse(readFileSync(saved.json!, 'utf8')) as {
      hosts: Array<{ host: string; registered: boolean; visits: number; lastOutcome: string; app: { name: string } | null; findings: Array<{ code: string }> }>;
    };
    const lines = [
      `Pantau demo: ${data.hosts.length} city hosts recorded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      ...data.hosts.map(
        (h) =>
          `  ${h.host.padEnd(42)} ${h.registered ? `registered (${h.app?.name ?? ''})` : 'NOT REGISTERED'} · ${h.visits} visit(s) · ${h.lastOutcome}` +
          (h.findings.length ? ` · findings: ${h.findings.map((f) => f.code).join(', ')}` : ''),
      ),
      `Outputs in ${OUT}:`,
      `  ${saved.json}`,
      `  ${saved.csv}`,
      `  ${OUT}/popup.png`,
      ...storeShots.map((path) => `  ${path} (store screenshot, 1280×800)`),
    ];
    writeFileSync(`${OUT}/summary.txt`, `${lines.join('\n')}\n`);
    console.log(`\n${lines.join('\n')}`);
    await lastPage.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
