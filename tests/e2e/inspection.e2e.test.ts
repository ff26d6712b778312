import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandInPage } from '../../scripts/lib/city-server';
import { corpusHost, corpusHtml, expectedDate, expectedYear, loadCorpus, type CorpusPage } from '../../scripts/lib/page-corpus';
import { parseExport } from '../../utils/export/parse-export';
import { softwareLabel } from '../../utils/inspection/detect-software';
import type { SiteCard } from '../../utils/messaging/views';
import { startPantau, type Pantau } from './support/pantau-browser';
import { makeTestCertificate } from './support/test-certs';

/**
 * The inspection corpus (tests/fixtures/pages) served on loopback under city names to the built
 * extension in Chromium: every page must give the manifest's facts and findings through the real
 * webRequest observer and content script, and show up in the popup and the exports. HTTPS pages
 * use a throwaway certificate Chromium is told to trust (by its key hash); the TLS-failure page
 * gets a second, untrusted one, so Chromium refuses it with net::ERR_CERT_AUTHORITY_INVALID.
 */
type CityCard = Extract<SiteCard, { kind: 'city' }>;

const NOW = Date.now();
const CORPUS = loadCorpus();
// A registered `aktif` app (the bundled registry's Lontara+) answering with a server default page.
const ACTIVE_APP = 'lontaraplus.makassarkota.go.id';

let pantau: Pantau;
let tab: Page;
const cards = new Map<string, CityCard>();

function standIns(): Record<string, StandInPage> {
  const pages: Record<string, StandInPage> = {};
  for (const page of CORPUS) {
    const host = corpusHost(page);
    pages[`${page.scheme}://${host}`] = { status: page.status, headers: page.headers, html: corpusHtml(page, NOW) ?? '' };
    if (page.redirectFromHttp === true) {
      pages[`http://${host}`] = { status: 301, headers: { Location: `https://${host}:{httpsPort}/` }, html: '' };
    }
  }
  const apache = CORPUS.find((page) => page.id === 'apache-default')!;
  pages[`http://${ACTIVE_APP}`] = { status: 200, headers: apache.headers, html: corpusHtml(apache, NOW)! };
  return pages;
}

function startUrl(page: CorpusPage): string {
  const host = corpusHost(page);
  return page.scheme === 'https' && page.redirectFromHttp !== true ? pantau.server.httpsUrl(host) : pantau.server.url(host);
}

/** Where the load ends (after the HTTP to HTTPS redirect, if the page has one). */
function finalUrl(page: CorpusPage): string {
  const host = corpusHost(page);
  return page.scheme === 'https' ? pantau.server.httpsUrl(host) : pantau.server.url(host);
}

/**
 * The card once the load is fully observed: the response and the page, or the failure. Polls
 * the background the way the popup asks (expect.poll cannot run in beforeAll).
 */
async function inspectedCard(url: string, timeoutMs = 15_000): Promise<CityCard> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = (await pantau.send<SiteCard>({ type: 'getSiteCard', url })) as CityCard;
    const inspection = card.inspection;
    const complete = inspection != null && (inspection.error !== null || (inspection.status !== null && inspection.pageCheckedAt !== null));
    if (complete && card.record !== null) return card;
    if (Date.now() > deadline) throw new Error(`no complete inspection of ${url} after ${timeoutMs} ms: ${JSON.stringify(card.inspection)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  const trusted = makeTestCertificate('Pantau test (trusted)');
  const untrusted = makeTestCertificate('Pantau test (untrusted)');
  const byHost = Object.fromEntries(CORPUS.filter((page) => page.tls === 'untrusted').map((page) => [corpusHost(page), untrusted]));
  pantau = await startPantau(standIns(), 'id', {
    tls: { identity: trusted, byHost },
    extraArgs: [`--ignore-certificate-errors-spki-list=${trusted.spki}`],
  });
  tab = await pantau.context.newPage();
  for (const page of CORPUS) {
    if (page.tls === 'untrusted') {
      // Chromium shows its certificate interstitial in this tab: keep it away from the others.
      const own = await pantau.context.newPage();
      await own.goto(startUrl(page)).catch(() => {});
      cards.set(page.id, await inspectedCard(finalUrl(page)));
      await own.close();
    } else {
      await tab.goto(startUrl(page));
      cards.set(page.id, await inspectedCard(finalUrl(page)));
    }
  }
  console.log(
    `content-script scan time per page (ms): ${CORPUS.map((page) => `${page.id} ${cards.get(page.id)?.inspection?.scanMs ?? '-'}`).join(', ')}`,
  );
}, 180_000);

afterAll(async () => {
  await pantau?.stop();
});

describe('inspection of the corpus in Chromium', () => {
  for (const page of CORPUS) {
    it(`${page.id}: ${page.what}`, () => {
      const card = cards.get(page.id)!;
      const inspection = card.inspection!;
      expect(card.findings.map((f) => f.code).sort()).toEqual([...page.expect.findings, 'unregistered'].sort());
      expect(inspection.software.map(softwareLabel).sort()).toEqual([...page.expect.software].sort());
      expect(inspection.placeholder).toBe(page.expect.placeholder);
      expect(inspection.passwordField).toBe(page.expect.passwordField);
      expect(inspection.newestDate).toBe(expectedDate(page.expect.newestDate, NOW));
      expect(inspection.copyrightYear).toBe(expectedYear(page.expect.copyrightYear, NOW));
      if (page.expect.error !== undefined) expect(inspection.error).toBe(page.expect.error);
      else expect(inspection.status).toBe(page.status);
      expect(inspection.https).toBe(page.scheme === 'https');
      // The content script's cost on this page, as the page paid it.
      if (inspection.scanMs !== null) expect(inspection.scanMs).toBeLessThan(1000);
    });
  }

  it('follows the HTTP to HTTPS redirect and reads HSTS', () => {
    const inspection = cards.get('fresh-news')!.inspection!;
    const host = corpusHost({ id: 'fresh-news' });
    expect(inspection.redirects).toEqual([{ url: pantau.server.url(host), status: 301 }]);
    expect(inspection.finalUrl).toBe(pantau.server.httpsUrl(host));
    expect(inspection.hsts).toBe(true);
  });

  it('keeps hostile titles bounded, also as the visit record’s title', () => {
    const card = cards.get('hostile-title-1mb')!;
    expect(card.inspection!.title!.length).toBeLessThanOrEqual(300);
    expect(card.record!.lastTitle!.length).toBeLessThanOrEqual(300);
    expect(cards.get('hostile-huge-dom')!.inspection!.scanMs).toBeLessThan(500);
  });

  it('reads big pages in several slices: the longest is shorter than the whole scan', () => {
    const huge = cards.get('hostile-huge-dom')!.inspection!;
    expect(huge.longestSliceMs).toBeGreaterThan(0);
    expect(huge.longestSliceMs!).toBeLessThan(huge.scanMs!);
  });
});

describe('popup and badge', () => {
  it('show the inspection, each finding with what to do, and hostile titles as text', async () => {
    await tab.goto(pantau.server.httpsUrl(corpusHost({ id: 'wordpress-portal' })));
    await inspectedCard(tab.url());
    const popup = await pantau.context.newPage();
    await popup.goto(pantau.extensionUrl(`popup.html?tabId=${await pantau.tabIdOf(tab)}`));
    await expect.poll(() => popup.getByTestId('inspection-status').textContent(), { timeout: 10_000 }).toBe('200');
    expect(await popup.getByTestId('inspection-https').textContent()).toBe('HTTPS: ya · HSTS: tidak');
    expect(await popup.getByTestId('inspection-software').textContent()).toBe('WordPress 6.4.2, jQuery 3.7.1, Bootstrap 4.6.2, Apache 2.4.41, PHP 7.4.3');
    expect(await popup.getByTestId('inspection-newest-date').getAttribute('data-date')).toBe(expectedDate('-2d', NOW));
    const advice = await popup.getByTestId('finding-advice').allTextContents();
    expect(advice.join('\n')).toContain('Strict-Transport-Security: max-age=31536000');

    await tab.goto(pantau.server.url(corpusHost({ id: 'hostile-script-title' })));
    await inspectedCard(tab.url());
    await popup.goto(pantau.extensionUrl(`popup.html?tabId=${await pantau.tabIdOf(tab)}`));
    await expect.poll(() => popup.getByTestId('page-title').textContent(), { timeout: 10_000 }).toContain('<script>');
    expect(await popup.locator('img[src="x"], .site-card script').count()).toBe(0);
    await popup.close();
  });

  it('make a registered active app showing a placeholder the most prominent thing', async () => {
    await tab.goto(pantau.server.url(ACTIVE_APP));
    const card = await inspectedCard(tab.url());
    expect(card.findings[0]).toMatchObject({ code: 'registry-active-down', detail: 'placeholder' });
    const tabId = await pantau.tabIdOf(tab);
    await expect.poll(async () => (await pantau.badgeOf(tabId)).text, { timeout: 10_000 }).toBe('✕');
    const badge = await pantau.badgeOf(tabId);
    expect(badge.color.slice(0, 3)).toEqual([0x7d, 0x0a, 0x0a]);
    expect(badge.title).toContain('TERDAFTAR AKTIF, TETAPI TIDAK BERFUNGSI');
    const popup = await pantau.context.newPage();
    await popup.goto(pantau.extensionUrl(`popup.html?tabId=${tabId}`));
    await expect.poll(() => popup.getByTestId('active-down-alert').textContent(), { timeout: 10_000 }).toBe(
      'Aplikasi AKTIF ini tidak berfungsi: hanya halaman pengganti',
    );
    expect(await popup.getByTestId('site-card').getAttribute('data-tone')).toBe('critical');
    await popup.close();
  });
});

async function download(kind: 'json' | 'csv'): Promise<string> {
  const popup = await pantau.context.newPage();
  await popup.goto(pantau.extensionUrl('popup.html'));
  const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(`export-${kind}`).click()]);
  const text = readFileSync(await file.path(), 'utf8');
  await popup.close();
  return text;
}

describe('exports', () => {
  it('carry each host’s inspection in JSON, valid against the schema', async () => {
    const parsed = parseExport(JSON.parse(await download('json')));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const byHost = new Map(parsed.data.hosts.map((host) => [host.host, host]));
    for (const page of CORPUS) {
      const host = byHost.get(corpusHost(page));
      expect(host?.inspection, page.id).toBeDefined();
      expect(host!.findings.map((f) => f.code).sort(), page.id).toEqual([...page.expect.findings, 'unregistered'].sort());
    }
    expect(byHost.get(corpusHost({ id: 'tls-untrusted' }))?.inspection).toMatchObject({ status: null, error: 'net::ERR_CERT_AUTHORITY_INVALID' });
    expect(byHost.get(corpusHost({ id: 'suspended' }))?.inspection?.placeholder).toBe('suspended');
    expect(byHost.get(ACTIVE_APP)?.findings[0]?.code).toBe('registry-active-down');
  });

  it('append the inspection columns to the CSV after the original fourteen', async () => {
    const rows = Papa.parse<string[]>((await download('csv')).slice(1), { skipEmptyLines: true }).data;
    const header = rows[0]!;
    expect(header.slice(0, 14)).toEqual([
      'host', 'registered', 'app_id', 'app_name', 'opd', 'registry_status', 'first_seen', 'last_seen',
      'visits', 'last_url', 'last_title', 'last_outcome', 'last_error', 'findings',
    ]);
    const row = rows.find((r) => r[0] === corpusHost({ id: 'laravel-login-http' }))!;
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('http_status')).toBe('200');
    expect(cell('https')).toBe('false');
    expect(cell('password_field')).toBe('true');
    expect(cell('software')).toBe('Laravel; nginx 1.18.0; PHP 8.1.2');
  });
});
