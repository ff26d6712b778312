import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityServerOptions, StandInPage } from '../../../scripts/lib/city-server';
import type { ExportV1 } from '../../../utils/export/export-schema';
import { parseExport } from '../../../utils/export/parse-export';
import type { Overview, SiteCard } from '../../../utils/messaging/views';
import type { DriverPage, PantauDriver } from './pantau-driver';
import { makeTestCertificate } from './test-certs';

// Stand-in pages. Registered hosts come from the bundled registry; the unregistered one is a
// made-up name used only here, never a registry entry.
const PORTAL = 'makassarkota.go.id';
const DUKCAPIL = 'dukcapil.makassarkota.go.id';
const UNREGISTERED = 'contoh-tak-terdaftar.makassarkota.go.id';
const DOWN = 'sembakota.makassarkota.go.id'; // resolves to nothing (see UNRESOLVABLE)
const UNTRUSTED = 'data.makassarkota.go.id'; // served over HTTPS with a self-signed certificate
const HOSTILE_TITLE = '=HYPERLINK("http://evil.test","klik") <img src=x onerror=alert(1)>';
const LOOKALIKES = ['evilmakassarkota.go.id', 'makassarkota.go.id.example.com', 'makassarkota-go-id.com', 'evil.test'];

const PAGES: Record<string, StandInPage> = {
  [PORTAL]: { title: 'Portal Resmi Pemerintah Kota Makassar' },
  [DUKCAPIL]: { title: 'Disdukcapil Kota Makassar' },
  [UNREGISTERED]: { title: HOSTILE_TITLE },
  'frame-only.makassarkota.go.id': { title: 'Only ever inside an iframe' },
  '*': { title: 'Bukan situs kota', body: `<iframe src="/framed"></iframe>` },
};

/** The names each browser gives the failures (Chrome's net::ERR_…, Firefox's NS_ERROR_…/MOZILLA_PKIX_…). */
const DNS_FAILURE = { chrome: 'net::ERR_NAME_NOT_RESOLVED', firefox: 'NS_ERROR_UNKNOWN_HOST' } as const;
const SELF_SIGNED = { chrome: 'net::ERR_CERT_AUTHORITY_INVALID', firefox: 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT' } as const;
/** The same failure as the inspection stores it from webRequest: Firefox gives a localized sentence there, stored as a code. */
const SELF_SIGNED_RESPONSE = { chrome: 'net::ERR_CERT_AUTHORITY_INVALID', firefox: 'SEC_ERROR_TLS_OR_CERTIFICATE' } as const;

/**
 * The core scenario, written once against the browser-neutral driver: detection on label
 * boundaries, lookalikes ignored, the local record, a failed visit, the badge, the popup, the
 * dashboard table and both exports. Each browser's test file calls it with its own driver.
 */
export function defineCoreScenario<P extends DriverPage>(
  start: (pages: Record<string, StandInPage>, options: CityServerOptions) => Promise<PantauDriver<P>>,
) {
  let pantau: PantauDriver<P>;

  beforeAll(async () => {
    pantau = await start(PAGES, { tls: { identity: makeTestCertificate('makassarkota.go.id') } });
  });
  afterAll(async () => {
    await pantau?.stop();
  });

  const overview = () => pantau.send<Overview>({ type: 'getOverview' });
  const recordOf = async (host: string) => (await overview()).records.find((r) => r.host === host);

  describe('detection and local record', () => {
    it('records a visit to a registered host with origin and path only', async () => {
      const page = await pantau.visit(pantau.server.url(DUKCAPIL, '/layanan/cek-nik?nik=7371011234567890&token=rahasia#hasil'));
      await expect.poll(async () => (await recordOf(DUKCAPIL))?.lastTitle, { timeout: 10_000 }).toBe('Disdukcapil Kota Makassar');
      const record = await recordOf(DUKCAPIL);
      expect(record).toMatchObject({ visits: 1, lastOutcome: 'ok', lastError: null });
      expect(record?.lastUrl).toBe(pantau.server.url(DUKCAPIL, '/layanan/cek-nik'));
      expect(JSON.stringify(await overview())).not.toMatch(/7371011234567890|rahasia|hasil/);
      await page.close();
    });

    it('records the bare city domain and an unregistered subdomain', async () => {
      const portal = await pantau.visit(pantau.server.url(PORTAL));
      const page = await pantau.visit(pantau.server.url(UNREGISTERED, '/'));
      await expect.poll(async () => (await recordOf(UNREGISTERED))?.lastTitle, { timeout: 10_000 }).toBe(HOSTILE_TITLE);
      await Promise.all([portal.close(), page.close()]);
      expect((await recordOf(PORTAL))?.visits).toBe(1);
      expect((await overview()).unregisteredSeen).toBe(1);
    });

    it('records a host that fails to resolve as one failed visit, never as a success', async () => {
      const page = await pantau.visit(`http://${DOWN}/`);
      await expect.poll(async () => (await recordOf(DOWN))?.lastError, { timeout: 10_000 }).toBe(DNS_FAILURE[pantau.browserName]);
      // Firefox commits its own error page under the failed URL; that commit is not a visit.
      await new Promise((r) => setTimeout(r, 500));
      expect(await recordOf(DOWN)).toMatchObject({ lastOutcome: 'error', visits: 1 });
      await page.close();
    });

    it('records a city host with an untrusted certificate as one failed visit', async () => {
      const page = await pantau.visit(pantau.server.httpsUrl(UNTRUSTED, '/'));
      await expect.poll(async () => (await recordOf(UNTRUSTED))?.lastError, { timeout: 10_000 }).toBe(SELF_SIGNED[pantau.browserName]);
      await new Promise((r) => setTimeout(r, 500));
      expect(await recordOf(UNTRUSTED)).toMatchObject({ lastOutcome: 'error', visits: 1 });
      // The inspection's error is a code, never the browser's sentence.
      const card = await pantau.send<SiteCard>({ type: 'getSiteCard', url: pantau.server.httpsUrl(UNTRUSTED, '/') });
      expect(card.kind === 'city' ? card.inspection?.error : card.kind).toBe(SELF_SIGNED_RESPONSE[pantau.browserName]);
      await page.close();
    });

    it('leaves no trace of lookalike hosts or city sub-frames of other sites', async () => {
      const before = (await overview()).hostsSeen;
      const urls = [...LOOKALIKES.map((host) => pantau.server.url(host)), pantau.server.url('evil.test', '/with-frame')];
      for (const url of urls) await (await pantau.visit(url)).close();
      // The pages really loaded (the server saw them), and still nothing was recorded.
      for (const host of LOOKALIKES) expect(pantau.server.requests.some((r) => r.startsWith(`${host} `))).toBe(true);
      expect(pantau.server.requests.some((r) => r === 'evil.test /framed')).toBe(true);
      await new Promise((r) => setTimeout(r, 500));
      const after = await overview();
      expect(after.hostsSeen).toBe(before);
      expect(after.records.map((r) => r.host)).not.toEqual(expect.arrayContaining(LOOKALIKES));
    });
  });

  describe('badge and inspection', () => {
    it('is red for an unregistered host, amber for a registered host over plain HTTP, and explains itself', async () => {
      const page = await pantau.visit(pantau.server.url(UNREGISTERED, '/badge'));
      const tabId = await pantau.tabIdOf(page);
      await expect.poll(async () => (await pantau.badgeOf(tabId)).text, { timeout: 10_000 }).toBe('?');
      const red = await pantau.badgeOf(tabId);
      expect(red.color.slice(0, 3)).toEqual([217, 48, 37]);
      expect(red.title).toContain(UNREGISTERED);
      expect(red.title.toLowerCase()).toContain('belum terdaftar');
      await page.close();

      // The inspection saw the response over plain HTTP: its worst finding is no-https (medium).
      const dukcapil = await pantau.visit(pantau.server.url(DUKCAPIL, '/'));
      const tabId2 = await pantau.tabIdOf(dukcapil);
      await expect.poll(async () => (await pantau.badgeOf(tabId2)).title, { timeout: 10_000 }).toContain('tanpa enkripsi');
      const amber = await pantau.badgeOf(tabId2);
      expect(amber).toMatchObject({ text: '!' });
      expect(amber.title).toContain(DUKCAPIL);
      expect(amber.color.slice(0, 3)).toEqual([242, 153, 0]);
      const card = await pantau.send<SiteCard>({ type: 'getSiteCard', url: pantau.server.url(DUKCAPIL, '/') });
      expect(card.kind === 'city' && card.inspection?.status).toBe(200);
      await dukcapil.close();
    });
  });

  describe('popup and dashboard', () => {
    it('shows the current tab card, instant search and counts in the popup', async () => {
      const site = await pantau.visit(pantau.server.url(UNREGISTERED, '/popup'));
      const tabId = await pantau.tabIdOf(site);
      const popup = await pantau.openExtensionPage(`popup.html?tabId=${tabId}`, { width: 400, height: 600 });
      await expect.poll(() => pantau.texts(popup, 'site-host'), { timeout: 10_000 }).toEqual([UNREGISTERED]);
      expect((await pantau.texts(popup, 'finding')).join(' ')).toMatch(/registri/i);
      await pantau.fill(popup, 'search-input', 'DUKCAPÍL');
      await expect.poll(async () => (await pantau.texts(popup, 'search-result')).length).toBeGreaterThan(0);
      expect((await pantau.texts(popup, 'search-result'))[0]).toMatch(/dukcapil/i);
      await popup.close();
      await site.close();
    });

    it('shows the failed host as down and the visited ones as live in the census table', async () => {
      const dashboard = await pantau.openExtensionPage('dashboard.html');
      await pantau.click(dashboard, 'tab-tabel');
      await pantau.fill(dashboard, 'filter-query', 'sembakota');
      await expect.poll(() => pantau.texts(dashboard, 'census-row'), { timeout: 10_000 }).toHaveLength(1);
      const state = (host: string) => pantau.attribute(dashboard, `[data-testid="census-row"][data-key="${host}"]`, 'data-state');
      expect(await state(DOWN)).toBe('down');
      await pantau.fill(dashboard, 'filter-query', 'dukcapil');
      await expect.poll(() => state(DUKCAPIL)).toBe('live');
      await dashboard.close();
    });

    it('says so when the tab is not a city site', async () => {
      const card = await pantau.send<SiteCard>({ type: 'getSiteCard', url: 'https://evilmakassarkota.go.id/' });
      expect(card.kind).toBe('not-city');
    });
  });

  describe('export', () => {
    async function downloadFromPopup(kind: 'json' | 'csv') {
      const popup = await pantau.openExtensionPage('popup.html');
      expect((await pantau.texts(popup, `export-${kind}`))[0]).toContain(kind.toUpperCase());
      const file = await pantau.download(popup, `export-${kind}`);
      await popup.close();
      return file;
    }

    it('downloads a JSON export that parses and matches what was visited', async () => {
      const { name, text } = await downloadFromPopup('json');
      expect(name).toMatch(/^pantau-\d{8}-\d{4}\.json$/);
      const parsed = parseExport(JSON.parse(text));
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      const data: ExportV1 = parsed.data;
      const view = await overview();
      expect(data.extension.browser).toBe(pantau.browserName);
      expect(data.hosts.map((h) => h.host).sort()).toEqual(view.records.map((r) => r.host).sort());
      for (const record of view.records) expect(data.hosts.find((h) => h.host === record.host)?.visits).toBe(record.visits);
      expect(data.hosts.find((h) => h.host === UNREGISTERED)).toMatchObject({ registered: false, app: null, lastTitle: HOSTILE_TITLE });
      const down = data.hosts.find((h) => h.host === DOWN);
      expect(down).toMatchObject({ lastOutcome: 'error', visits: 1 });
      expect(down?.findings.map((f) => f.code)).toContain('unreachable');
      expect(data.hosts.find((h) => h.host === UNTRUSTED)).toMatchObject({ lastOutcome: 'error', lastError: SELF_SIGNED[pantau.browserName], visits: 1 });
    });

    it('downloads a CSV export with a BOM, the agreed header and neutralised formulas', async () => {
      const { name, text } = await downloadFromPopup('csv');
      expect(name).toMatch(/^pantau-\d{8}-\d{4}\.csv$/);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
      expect(rows[0]?.slice(0, 3)).toEqual(['host', 'registered', 'app_id']);
      const titleColumn = rows[0]!.indexOf('last_title');
      expect(rows.find((row) => row[0] === UNREGISTERED)?.[titleColumn]).toBe(`'${HOSTILE_TITLE}`);
    });
  });
}
