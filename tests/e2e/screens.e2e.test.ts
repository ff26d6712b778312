import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPantau, type Pantau } from './support/pantau-browser';

// Every screen people use, in both languages, checked by axe-core in real Chromium, and the census
// table measured at a 1,280 px window. Registered hosts come from the bundled registry; the
// contoh-* host is a made-up stand-in, never a registry entry.
const DUKCAPIL = 'dukcapil.makassarkota.go.id';
const UNREGISTERED = 'contoh-tak-terdaftar.makassarkota.go.id';
const BROKEN = 'contoh-rusak.makassarkota.go.id';
const DOWN = 'sembakota.makassarkota.go.id'; // resolves to nothing (see UNRESOLVABLE)
const TABS = ['ikhtisar', 'tabel', 'registri', 'usulan', 'rekap', 'periksa', 'pengaturan'] as const;

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

let pantau: Pantau;
let cityTab: Page;

beforeAll(async () => {
  pantau = await startPantau({
    [DUKCAPIL]: { title: 'Disdukcapil Kota Makassar', headers: { server: 'Apache/2.4.41 (Ubuntu)' } },
    [UNREGISTERED]: { title: 'Aplikasi tak terdaftar' },
    [BROKEN]: { status: 500, title: 'Kesalahan server' },
  });
  for (const host of [UNREGISTERED, BROKEN, DOWN]) {
    const page = await pantau.context.newPage();
    await page.goto(pantau.server.url(host)).catch(() => {});
    await page.waitForTimeout(300);
    await page.close();
  }
  await pantau.send({
    type: 'saveProposal',
    proposal: { host: UNREGISTERED, name: 'Aplikasi Contoh', opd: 'Dinas Komunikasi dan Informatika', appKind: 'khusus', platforms: ['web'], status: 'aktif' },
  });
  cityTab = await pantau.context.newPage();
  await cityTab.goto(pantau.server.url(DUKCAPIL, '/'));
  const titled = async () =>
    (await pantau.send<{ records: Array<{ host: string; lastTitle: string | null }> }>({ type: 'getOverview' })).records.find((r) => r.host === DUKCAPIL)?.lastTitle;
  for (let i = 0; i < 100 && (await titled()) === undefined; i++) await cityTab.waitForTimeout(100);
});

afterAll(async () => pantau?.stop());

async function axe(page: Page): Promise<AxeViolation[]> {
  // page.evaluate goes through the DevTools protocol, which the extension pages' CSP does not block.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

async function open(path: string, ready: string, width = 1280, height = 800): Promise<Page> {
  const page = await pantau.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(pantau.extensionUrl(path));
  await page.waitForSelector(ready, { timeout: 10_000 });
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, null, { timeout: 10_000 });
  await page.waitForTimeout(150);
  return page;
}

const describeViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);

for (const lang of ['id', 'en'] as const) {
  describe(`axe finds no violation (${lang})`, () => {
    beforeAll(async () => {
      await pantau.send({ type: 'savePreferences', preferences: { language: lang, recentDays: 30 } });
    });

    it('in the popup about a city page and about another page', async () => {
      const popup = await open(`popup.html?tabId=${await pantau.tabIdOf(cityTab)}`, '[data-testid="site-card"]', 400, 600);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(describeViolations(await axe(popup))).toEqual([]);
      await popup.close();
      const other = await open('popup.html', 'main', 400, 600);
      expect(describeViolations(await axe(other))).toEqual([]);
      await other.close();
    });

    it('in the settings page', async () => {
      const options = await open('options.html', 'form');
      expect(describeViolations(await axe(options))).toEqual([]);
      await options.close();
    });

    for (const tab of TABS) {
      it(`in the dashboard tab ${tab}`, async () => {
        const page = await open(`dashboard.html#${tab}`, `[data-testid="tab-${tab}"][aria-selected="true"]`);
        expect(describeViolations(await axe(page))).toEqual([]);
        await page.close();
      });
    }

    it('in the proposal form of the popup', async () => {
      const site = await pantau.context.newPage();
      await site.goto(pantau.server.url(UNREGISTERED, '/'));
      const popup = await open(`popup.html?tabId=${await pantau.tabIdOf(site)}`, '[data-testid="report-app"]', 400, 600);
      await popup.getByTestId('report-app').click();
      await popup.waitForSelector('form');
      expect(describeViolations(await axe(popup))).toEqual([]);
      await Promise.all([popup.close(), site.close()]);
    });

    it('in the finished sweep, a loaded rekap file and a registry import preview', async () => {
      const sweep = await open('dashboard.html#periksa', '[data-testid="sweep-start"]');
      await sweep.getByTestId('sweep-timeout').fill('2');
      await sweep.getByTestId('sweep-start').click();
      await sweep.waitForSelector('[data-testid="sweep-headline"]', { timeout: 30_000 });
      expect(describeViolations(await axe(sweep))).toEqual([]);
      await sweep.close();

      const rekap = await open('dashboard.html#rekap', '[data-testid="rekap-file-input"]');
      const local = JSON.stringify(await pantau.send({ type: 'getExport' }));
      await rekap.getByTestId('rekap-file-input').setInputFiles([{ name: 'andi.json', mimeType: 'application/json', buffer: Buffer.from(local.replace('"name":""', '"name":"Andi"')) }]);
      await rekap.waitForSelector('[data-testid="loaded-file"]');
      expect(describeViolations(await axe(rekap))).toEqual([]);
      await rekap.close();

      const registry = await open('dashboard.html#registri', '[data-testid="registry-file-input"]');
      const csv = 'nama,url,opd,status\nContoh Aplikasi,contoh-impor.makassarkota.go.id,Dinas Komunikasi dan Informatika,aktif\nTanpa Host,,Dinas X,aktif\n';
      await registry.getByTestId('registry-file-input').setInputFiles([{ name: 'registri.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
      await registry.waitForSelector('[data-testid="import-problems"], [data-testid="registry-preview"]');
      expect(describeViolations(await axe(registry))).toEqual([]);
      await registry.close();
    });

    it('the census table fits a 1,280 px window', async () => {
      const page = await open('dashboard.html#tabel', '[data-testid="census-row"]');
      const widths = await page.evaluate(() => ({
        document: document.documentElement.scrollWidth,
        table: document.querySelector('.census-table')?.scrollWidth ?? 0,
        scroller: document.querySelector('.table-scroll')?.clientWidth ?? 0,
      }));
      expect(widths.document).toBeLessThanOrEqual(1280);
      expect(widths.table).toBeLessThanOrEqual(widths.scroller);
      await page.close();
    });
  });
}
