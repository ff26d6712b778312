import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnderDomain } from '../../utils/domains/host-match';
import { BUNDLED_REGISTRY } from '../../utils/registry/bundled';
import type { ExportV1 } from '../../utils/export/export-schema';
import { startPantau, type Pantau } from './support/pantau-browser';

/**
 * "Periksa semua" in Chromium: the dashboard sweeps every bundled registry host on makassarkota.go.id
 * (44) plus the unregistered stand-ins already visited (8), through the page's fetch and the extension's host
 * permission, against one loopback server: alive ('*'), an HTTP 500, a server default page, a
 * redirect, a slow host that times out, and a name that does not resolve (sembakota, UNRESOLVABLE).
 */
const APACHE_DEFAULT = readFileSync(resolve(__dirname, '../fixtures/pages/apache-default.html'), 'utf8');
const ALIVE_BODY = '<h1>Layanan Kota Makassar</h1><p>Selamat datang di layanan daring Pemerintah Kota Makassar. Silakan masuk untuk mengajukan permohonan.</p><p>© 2026 Pemerintah Kota Makassar</p>';
const VISITED = Array.from({ length: 8 }, (_, i) => `contoh-sweep-${i + 1}.makassarkota.go.id`);
const PROBLEM = ['aduan.makassarkota.go.id', 'arsip.makassarkota.go.id'];
const FAILED = ['sembakota.makassarkota.go.id', 'bappeda.makassarkota.go.id'];
// Entries on makassar.go.id are outside the default watched domain: the sweep leaves them out.
const watched = (host: string) => isUnderDomain(host, 'makassarkota.go.id');
const ENTRIES = BUNDLED_REGISTRY.entries.filter((entry) => entry.hosts.some(watched));
const REGISTRY_HOSTS = ENTRIES.flatMap((entry) => entry.hosts).filter(watched);

let pantau: Pantau;
beforeAll(async () => {
  pantau = await startPantau(
    {
      '*': { title: 'Layanan Kota', body: ALIVE_BODY },
      'aduan.makassarkota.go.id': { status: 500, title: 'Internal Server Error', body: '<h1>500</h1>' },
      'arsip.makassarkota.go.id': { html: APACHE_DEFAULT },
      'api.makassarkota.go.id': { status: 302, headers: { location: '/masuk' } },
      'bappeda.makassarkota.go.id': { title: 'Lambat', body: ALIVE_BODY, delayMs: 8000 },
    },
    'id',
    { mapAllToHttpPort: true },
  );
});
afterAll(async () => pantau?.stop());

describe('census sweep in Chromium', () => {
  it('sweeps 52 stand-in hosts from the dashboard, stores each result and exports it as source "sweep"', async () => {
    expect(REGISTRY_HOSTS).toEqual(expect.arrayContaining([...PROBLEM, ...FAILED, 'api.makassarkota.go.id']));
    const visitor = await pantau.context.newPage();
    for (const host of VISITED) await visitor.goto(`http://${host}/`);
    await visitor.close();
    await expect.poll(async () => (await pantau.send<{ hostsSeen: number }>({ type: 'getOverview' })).hostsSeen).toBe(VISITED.length);

    const page = await pantau.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pantau.extensionUrl('dashboard.html#periksa'));
    await page.getByTestId('sweep-timeout').fill('2');
    await page.getByTestId('sweep-include-unregistered').check();
    const started = Date.now();
    await page.getByTestId('sweep-start').click();
    await page.getByTestId('sweep-summary').waitFor({ timeout: 30_000 });
    const seconds = (Date.now() - started) / 1000;

    const counts = await page.getByTestId('sweep-progress').evaluate((el) => ({ ...(el as HTMLElement).dataset }));
    const total = REGISTRY_HOSTS.length + VISITED.length;
    expect(total).toBeGreaterThanOrEqual(50);
    expect(counts).toEqual({ testid: 'sweep-progress', checked: String(total), total: String(total), alive: String(total - 4), problem: '2', failed: '2' });

    const bad = new Set([...PROBLEM, ...FAILED]);
    const aliveApps = ENTRIES.filter((entry) => entry.hosts.some((host) => watched(host) && !bad.has(host))).length;
    expect(aliveApps).toBe(ENTRIES.length - 4);
    await expect.poll(() => page.getByTestId('sweep-headline').textContent()).toBe(`${aliveApps} dari ${ENTRIES.length} aplikasi terdaftar hidup`);
    const problems = await page.getByTestId('sweep-problem').evaluateAll((items) => items.map((li) => `${(li as HTMLElement).dataset['host']} ${(li as HTMLElement).dataset['code']}`));
    const byHost = Object.fromEntries(problems.map((p) => p.split(' ') as [string, string]));
    expect(Object.keys(byHost).sort()).toEqual([...PROBLEM, ...FAILED].sort());
    expect(byHost['aduan.makassarkota.go.id']).toBe('http-500');
    expect(byHost['arsip.makassarkota.go.id']).toBe('placeholder-server-default');
    // Browsers hide a fetch failure's cause: the sweep names what it can (timeout) and calls the rest net::ERR_FAILED.
    expect(byHost['bappeda.makassarkota.go.id']).toBe('net::ERR_TIMED_OUT');
    expect(byHost['sembakota.makassarkota.go.id']).toMatch(/^net::ERR_/);
    expect(await page.getByTestId('sweep-unregistered').textContent()).toBe(`Host tak terdaftar diperiksa: ${VISITED.length}, hidup: ${VISITED.length}`);

    // Stored as inspections: the visited stand-ins are in the export, their inspection from the sweep.
    const exported = await pantau.send<ExportV1>({ type: 'getExport' });
    for (const host of VISITED) {
      expect(exported.hosts.find((h) => h.host === host)?.inspection).toMatchObject({ source: 'sweep', status: 200, title: 'Layanan Kota' });
    }
    // Registered hosts never visited have their sweep inspection too (the popup's card shows it).
    // Chromium hides a manual redirect's target: the redirecting host answered, so it counts alive.
    const inspectionOf = async (host: string) =>
      (await pantau.send<{ inspection?: Record<string, unknown> | null }>({ type: 'getSiteCard', url: `https://${host}/` })).inspection;
    expect(await inspectionOf('api.makassarkota.go.id')).toMatchObject({ source: 'sweep', status: null, error: null, finalUrl: 'http://api.makassarkota.go.id/' });
    expect(await inspectionOf('aduan.makassarkota.go.id')).toMatchObject({ source: 'sweep', status: 500 });
    expect(await inspectionOf('arsip.makassarkota.go.id')).toMatchObject({ source: 'sweep', placeholder: 'server-default' });
    expect(await inspectionOf('bappeda.makassarkota.go.id')).toMatchObject({ source: 'sweep', status: null, error: 'net::ERR_TIMED_OUT' });
    // Only watched hosts were asked for a front page (the sweep's requests; Chromium's own update
    // check, also sent here by the catch-all resolver rule, asks for other paths).
    const frontPages = pantau.server.requests.filter((request) => request.endsWith(' /')).map((request) => request.split(' ')[0]!);
    expect(new Set(frontPages).size).toBeGreaterThanOrEqual(total - 1); // all but the unresolvable one
    expect(frontPages.filter((host) => !watched(host))).toEqual([]);
    expect(errors).toEqual([]);
    console.log(`sweep of ${total} hosts took ${seconds.toFixed(1)} s`);
  });
});
