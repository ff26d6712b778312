import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTitle } from '../../utils/text/clean-text';
import { parseExport } from '../../utils/export/parse-export';
import { MAX_URL_LENGTH } from '../../utils/domains/host-match';
import type { Overview } from '../../utils/messaging/views';
import { startPantau, type Pantau } from './support/pantau-browser';

/**
 * The hostile-page corpus (tests/fixtures/hostile/): script-looking and bidi-override titles, a
 * 1 MB title, null bytes and control characters, a very deep DOM, a page that redefines Date,
 * JSON and Array.prototype, and a URL with a huge path. Each is served on its own stand-in city
 * host; what Pantau records, shows in the popup and badge, and exports must stay escaped and
 * correct, and its own pages must keep working.
 */
const CORPUS = join(__dirname, '../fixtures/hostile');
const hostOf = (file: string) => `contoh-${file.replace(/\.html$/, '')}.makassarkota.go.id`;
const FILES = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
const LONG_URL_HOST = 'contoh-url-panjang.makassarkota.go.id';
// Bidi controls, C0/C1 controls and DEL must never survive into anything Pantau writes.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

let pantau: Pantau;
const tabs = new Map<string, Page>();
const started = Date.now();

beforeAll(async () => {
  pantau = await startPantau({
    ...Object.fromEntries(FILES.map((f) => [hostOf(f), { title: '', html: readFileSync(join(CORPUS, f), 'utf8') }])),
    [LONG_URL_HOST]: { title: 'URL panjang' },
  });
  for (const file of FILES) {
    const page = await pantau.context.newPage();
    await page.goto(pantau.server.url(hostOf(file), '/'));
    tabs.set(hostOf(file), page);
  }
  const long = await pantau.context.newPage();
  // 12 KB: over the export's 8,192-character URL limit, under Node's 16 KB request-line limit.
  await long.goto(pantau.server.url(LONG_URL_HOST, `/${'panjang/'.repeat(1_500)}?nik=7371011234567890`));
  tabs.set(LONG_URL_HOST, long);
});
afterAll(async () => pantau?.stop());

const overview = () => pantau.send<Overview>({ type: 'getOverview' });

describe('hostile page corpus', () => {
  it('records every page with a cleaned, bounded title, a sane time and a bounded URL', async () => {
    const hosts = [...tabs.keys()];
    await expect.poll(async () => (await overview()).records.filter((r) => hosts.includes(r.host) && r.lastTitle !== null).length, { timeout: 15_000 }).toBe(hosts.length);
    const records = (await overview()).records;
    for (const [host, page] of tabs) {
      const record = records.find((r) => r.host === host)!;
      expect(record.visits, host).toBe(1);
      expect(record.lastTitle, host).toBe(cleanTitle(await page.title()));
      expect(record.lastTitle!.length, host).toBeLessThanOrEqual(300);
      expect(UNSAFE.test(record.lastTitle!), host).toBe(false);
      // The page's fake Date never reaches the background's clock.
      expect(record.lastSeen, host).toBeGreaterThanOrEqual(started);
      expect(record.lastSeen, host).toBeLessThanOrEqual(Date.now());
      expect(record.lastUrl!.length, host).toBeLessThanOrEqual(MAX_URL_LENGTH);
      expect(record.lastUrl, host).not.toMatch(/[?#]|7371011234567890/);
    }
    expect(records.find((r) => r.host === hostOf('script-title.html'))?.lastTitle).toContain('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(records.find((r) => r.host === hostOf('huge-title.html'))?.lastTitle).toMatch(/^Judul raksasa A+…$/);
  });

  it('shows each as text in the popup and the badge title, and the popup keeps working', async () => {
    const dialogs: string[] = [];
    for (const [host, page] of tabs) {
      const tabId = await pantau.tabIdOf(page);
      const popup = await pantau.context.newPage();
      popup.on('dialog', (d) => void dialogs.push(d.message()));
      await popup.goto(pantau.extensionUrl(`popup.html?tabId=${tabId}`));
      expect(await popup.getByTestId('site-host').textContent({ timeout: 10_000 }), host).toBe(host);
      const record = (await overview()).records.find((r) => r.host === host)!;
      expect(await popup.getByTestId('page-title').textContent(), host).toBe(record.lastTitle);
      expect(await popup.locator('img[src="x"], [onerror], body script').count(), host).toBe(0);
      expect(await popup.getByTestId('error-notice').count(), host).toBe(0);
      const badge = await pantau.badgeOf(tabId);
      expect(badge.title, host).toContain(host);
      // Line breaks are Pantau's own, one finding per line (utils/findings/badge.ts); nothing else may be a control character.
      expect(UNSAFE.test(badge.title.replaceAll('\n', '')), host).toBe(false);
      await popup.close();
    }
    expect(dialogs).toEqual([]);
  });

  it('exports them as JSON that validates, as CSV with every formula neutralised and as a workbook of plain strings', async () => {
    const data = await pantau.send<unknown>({ type: 'getExport' });
    const parsed = parseExport(JSON.parse(JSON.stringify(data)));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const records = (await overview()).records;
    for (const host of tabs.keys()) {
      expect(parsed.data.hosts.find((h) => h.host === host)?.lastTitle, host).toBe(records.find((r) => r.host === host)?.lastTitle);
    }

    const popup = await pantau.context.newPage();
    await popup.goto(pantau.extensionUrl('popup.html'));
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    const [xlsxDownload] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-xlsx').click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/^pantau-\d{8}-\d{4}\.xlsx$/);
    const xlsx = readFileSync(await xlsxDownload.path());
    await popup.close();
    // The UI is Indonesian, so the file is the `;` variant; whatever separator Excel applies, no
    // cell it can form starts a formula (docs/security.md, fault 1).
    for (const delimiter of [',', ';', '\t']) {
      for (const row of Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true, delimiter }).data) {
        for (const cell of row) expect(/^[=+\-@\t\r\n\0]/.test(cell), `${JSON.stringify(delimiter)}: ${cell.slice(0, 60)}`).toBe(false);
      }
    }
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true, delimiter: ';' }).data;
    const title = rows[0]!.indexOf('last_title');
    expect(rows.find((r) => r[0] === hostOf('script-title.html'))?.[title]).toMatch(/^'=HYPERLINK\("http:\/\/evil\.test","klik"\) <script>/);

    // The workbook (loaded on click): every page's title as the plain string Pantau recorded, no formula anywhere.
    const [hostSheet] = await readXlsxFile(xlsx);
    expect(hostSheet!.sheet).toBe('Host');
    const header = hostSheet!.data[0]!;
    const titleColumn = header.indexOf('Judul terakhir');
    expect(titleColumn).toBeGreaterThan(0);
    for (const host of tabs.keys()) {
      const row = hostSheet!.data.find((r) => r[0] === host);
      expect(row?.[titleColumn] ?? null, host).toBe(records.find((r) => r.host === host)?.lastTitle ?? null);
    }
    const parts = Object.entries(unzipSync(new Uint8Array(xlsx))).filter(([name]) => name.endsWith('.xml'));
    for (const [name, part] of parts) expect(strFromU8(part), name).not.toMatch(/<f[ >]/);
  });
});
