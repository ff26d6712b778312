import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportV1 } from '../../utils/export/export-schema';
import { parseExport } from '../../utils/export/parse-export';
import type { Overview, SiteCard } from '../../utils/messaging/views';
import type { Page } from 'playwright-core';
import { CARD_SHOWN_MARK } from '../../components/popup/card-shown-mark';
import { createPopupOpener, untilMark } from '../../scripts/lib/toolbar-popup';
import { startPantau, type Pantau } from './support/pantau-browser';

// Stand-in pages. Registered hosts come from the bundled registry; the unregistered one is a
// made-up name used only here, never a registry entry.
const PORTAL = 'makassarkota.go.id';
const DUKCAPIL = 'dukcapil.makassarkota.go.id';
const UNREGISTERED = 'contoh-tak-terdaftar.makassarkota.go.id';
const DOWN = 'sembakota.makassarkota.go.id'; // resolves to nothing (see UNRESOLVABLE)
const HOSTILE_TITLE = '=HYPERLINK("http://evil.test","klik") <img src=x onerror=alert(1)>';
const LOOKALIKES = ['evilmakassarkota.go.id', 'makassarkota.go.id.example.com', 'makassarkota-go-id.com', 'evil.test'];

let pantau: Pantau;

beforeAll(async () => {
  pantau = await startPantau({
    [PORTAL]: { title: 'Portal Resmi Pemerintah Kota Makassar' },
    [DUKCAPIL]: { title: 'Disdukcapil Kota Makassar' },
    [UNREGISTERED]: { title: HOSTILE_TITLE },
    'frame-only.makassarkota.go.id': { title: 'Only ever inside an iframe' },
    '*': { title: 'Bukan situs kota', body: `<iframe src="/framed"></iframe>` },
  });
});

afterAll(async () => {
  await pantau?.stop();
});

const overview = () => pantau.send<Overview>({ type: 'getOverview' });
const recordOf = async (host: string) => (await overview()).records.find((r) => r.host === host);

async function visit(url: string) {
  const page = await pantau.context.newPage();
  await page.goto(url).catch(() => {}); // failed navigations are part of the scenario
  return page;
}

describe('detection and local record', () => {
  it('records a visit to a registered host with origin and path only', async () => {
    const page = await visit(pantau.server.url(DUKCAPIL, '/layanan/cek-nik?nik=7371011234567890&token=rahasia#hasil'));
    await expect.poll(async () => (await recordOf(DUKCAPIL))?.lastTitle, { timeout: 10_000 }).toBe('Disdukcapil Kota Makassar');
    const record = await recordOf(DUKCAPIL);
    expect(record).toMatchObject({ visits: 1, lastOutcome: 'ok', lastError: null });
    expect(record?.lastUrl).toBe(pantau.server.url(DUKCAPIL, '/layanan/cek-nik'));
    expect(JSON.stringify(await overview())).not.toMatch(/7371011234567890|rahasia|hasil/);
    await page.close();
  });

  it('records the bare city domain and an unregistered subdomain', async () => {
    const portal = await visit(pantau.server.url(PORTAL));
    // The title is read from the tab when the load completes: keep the tab open until then.
    const page = await visit(pantau.server.url(UNREGISTERED, '/'));
    await expect.poll(async () => (await recordOf(UNREGISTERED))?.lastTitle, { timeout: 10_000 }).toBe(HOSTILE_TITLE);
    await Promise.all([portal.close(), page.close()]);
    expect((await recordOf(PORTAL))?.visits).toBe(1);
    expect((await overview()).unregisteredSeen).toBe(1);
  });

  it('records a failed navigation with its net::ERR name', async () => {
    await (await visit(`http://${DOWN}/`)).close();
    await expect.poll(async () => (await recordOf(DOWN))?.lastError, { timeout: 10_000 }).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect((await recordOf(DOWN))?.lastOutcome).toBe('error');
  });

  it('leaves no trace of lookalike hosts, userinfo tricks or city sub-frames', async () => {
    const before = (await overview()).hostsSeen;
    const urls = [
      ...LOOKALIKES.map((host) => pantau.server.url(host)),
      `http://makassarkota.go.id@evil.test:${pantau.server.port}/`,
      // A non-city page framing a city host: sub-frames are ignored.
      pantau.server.url('evil.test', '/with-frame'),
    ];
    for (const url of urls) await (await visit(url)).close();
    // The pages really loaded (the server saw them), and still nothing was recorded.
    for (const host of LOOKALIKES) expect(pantau.server.requests.some((r) => r.startsWith(`${host} `))).toBe(true);
    expect(pantau.server.requests.some((r) => r === 'evil.test /framed')).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    const after = await overview();
    expect(after.hostsSeen).toBe(before);
    expect(after.records.map((r) => r.host)).not.toEqual(expect.arrayContaining(LOOKALIKES));
  });
});

describe('badge', () => {
  it('is red for an unregistered host, amber for a medium finding, and explains itself', async () => {
    const page = await visit(pantau.server.url(UNREGISTERED, '/badge'));
    const tabId = await pantau.tabIdOf(page);
    await expect.poll(async () => (await pantau.badgeOf(tabId)).text, { timeout: 10_000 }).toBe('?');
    const red = await pantau.badgeOf(tabId);
    expect(red.color.slice(0, 3)).toEqual([217, 48, 37]);
    expect(red.title).toContain(UNREGISTERED);
    expect(red.title.toLowerCase()).toContain('belum terdaftar');

    // A registered host over plain HTTP: its worst finding is no-https (medium), so amber, and
    // the title says why on a line of its own.
    await page.goto(pantau.server.url(DUKCAPIL, '/'));
    const tabId2 = await pantau.tabIdOf(page);
    await expect.poll(async () => (await pantau.badgeOf(tabId2)).title, { timeout: 10_000 }).toContain('tanpa enkripsi');
    const amber = await pantau.badgeOf(tabId2);
    expect(amber.title).toContain(DUKCAPIL);
    expect(amber.text).toBe('!');
    expect(amber.color.slice(0, 3)).toEqual([242, 153, 0]);
    await page.close();
  });
});

describe('popup', () => {
  it('shows the current tab card, instant search and counts', async () => {
    const site = await visit(pantau.server.url(UNREGISTERED, '/popup'));
    const tabId = await pantau.tabIdOf(site);
    const popup = await pantau.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(pantau.extensionUrl(`popup.html?tabId=${tabId}`));

    await expect.poll(() => popup.getByTestId('site-host').textContent(), { timeout: 10_000 }).toBe(UNREGISTERED);
    const findings = await popup.getByTestId('finding').allTextContents();
    expect(findings.join(' ')).toMatch(/registri/i);
    // The hostile title is text, never markup.
    expect(await popup.locator('img[src="x"]').count()).toBe(0);

    await popup.getByTestId('search-input').fill('DUKCAPÍL');
    await expect.poll(() => popup.getByTestId('search-result').count()).toBeGreaterThan(0);
    expect((await popup.getByTestId('search-result').first().textContent()) ?? '').toMatch(/dukcapil/i);

    expect(Number(await popup.getByTestId('count-hosts-seen').getAttribute('data-value'))).toBeGreaterThanOrEqual(4);
    await popup.close();
    await site.close();
  });

  it('opened from the toolbar, shows the card of the tab in front, and says so for a site that is not the city', async () => {
    // The popup as a click on the button opens it (not popup.html in a tab): its tab comes from
    // tabs.query({ active, currentWindow }), which no other test reaches.
    const opener = await createPopupOpener(pantau.context, pantau.probe, pantau.extensionId);
    const cardOf = async (page: Page) => {
      await page.bringToFront();
      const popup = await opener.open();
      try {
        const shown = await popup.inDocument<string>(
          `${untilMark(CARD_SHOWN_MARK)}.then(() => document.querySelector('[data-testid=site-host]')?.textContent ?? (document.querySelector('[data-testid=not-city]') ? 'not-city' : 'no card'))`,
        );
        return shown.value;
      } finally {
        await popup.close();
      }
    };
    const dukcapil = await visit(pantau.server.url(DUKCAPIL, '/loket'));
    const portal = await visit(pantau.server.url(PORTAL, '/'));
    const elsewhere = await visit('http://bukan-kota.example.org/');
    expect(await cardOf(dukcapil)).toBe(DUKCAPIL);
    expect(await cardOf(portal)).toBe(PORTAL);
    expect(await cardOf(elsewhere)).toBe('not-city');
    expect(await cardOf(dukcapil)).toBe(DUKCAPIL);
    await Promise.all([dukcapil.close(), portal.close(), elsewhere.close()]);
  });

  it('says so when the tab is not a city site', async () => {
    const card = await pantau.send<SiteCard>({ type: 'getSiteCard', url: 'https://evilmakassarkota.go.id/' });
    expect(card.kind).toBe('not-city');
  });
});

async function downloadExport(kind: 'json' | 'csv'): Promise<{ name: string; text: string }> {
  const popup = await pantau.context.newPage();
  await popup.goto(pantau.extensionUrl('popup.html'));
  const button = popup.getByTestId(`export-${kind}`);
  expect(await button.textContent()).toContain(kind.toUpperCase());
  const [download] = await Promise.all([popup.waitForEvent('download'), button.click()]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  await popup.close();
  return { name: download.suggestedFilename(), text };
}

async function exportMatchesVisits() {
  const { name, text } = await downloadExport('json');
  expect(name).toMatch(/^pantau-\d{8}-\d{4}\.json$/);
  const parsed = parseExport(JSON.parse(text));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const data: ExportV1 = parsed.data;
  const view = await overview();
  expect(data.hosts.map((h) => h.host).sort()).toEqual(view.records.map((r) => r.host).sort());
  for (const record of view.records) {
    const host = data.hosts.find((h) => h.host === record.host);
    expect(host?.visits).toBe(record.visits);
    expect(host?.lastUrl).toBe(record.lastUrl);
  }
  return data;
}

describe('export', () => {
  it('downloads a JSON export that parses and matches what was visited', async () => {
    const data = await exportMatchesVisits();
    expect(data.domain).toBe('makassarkota.go.id');
    const unregistered = data.hosts.find((h) => h.host === UNREGISTERED);
    expect(unregistered).toMatchObject({ registered: false, app: null, lastTitle: HOSTILE_TITLE });
    expect(unregistered?.findings.map((f) => f.code)).toContain('unregistered');
    expect(data.hosts.find((h) => h.host === DOWN)?.findings.map((f) => f.code)).toContain('unreachable');
  });

  it('downloads a CSV export with a BOM, the agreed header and neutralised formulas', async () => {
    const { name, text } = await downloadExport('csv');
    expect(name).toMatch(/^pantau-\d{8}-\d{4}\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // The UI is Indonesian here, so the CSV is the `;` variant Excel with Indonesian settings opens.
    expect(text.slice(1).split('\r\n')[0]?.startsWith('host;registered;app_id;')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true, delimiter: ';' }).data;
    expect(rows[0]?.slice(0, 3)).toEqual(['host', 'registered', 'app_id']);
    const titleColumn = rows[0]!.indexOf('last_title');
    const hostile = rows.find((row) => row[0] === UNREGISTERED)?.[titleColumn];
    expect(hostile).toBe(`'${HOSTILE_TITLE}`);
  });
});

describe('service worker restarts', () => {
  it('counts every visit exactly once across worker stops, and the export still matches', async () => {
    const cdp = await pantau.context.newCDPSession(pantau.probe);
    const before = (await recordOf(DUKCAPIL))?.visits ?? 0;
    const rounds = 3;
    for (let i = 0; i < rounds; i++) {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      // The next city navigation must wake the worker through its filtered listener.
      await (await visit(pantau.server.url(DUKCAPIL, `/restart-${i}`))).close();
      await expect.poll(async () => (await recordOf(DUKCAPIL))?.visits, { timeout: 10_000 }).toBe(before + i + 1);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect((await recordOf(DUKCAPIL))?.visits).toBe(before + rounds);
    await exportMatchesVisits();
  });
});
