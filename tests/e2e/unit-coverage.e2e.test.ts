import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnderDomain } from '../../utils/domains/host-match';
import type { ExportV1 } from '../../utils/export/export-schema';
import { BUNDLED_UNIT_PLAN } from '../../utils/units/bundled-plan';
import { startPantau, type Pantau } from './support/pantau-browser';

/**
 * "Cakupan unit" in Chromium against stand-in hosts: three kecamatan sites visited (Wajo alive,
 * Tallo answering 500, Mariso showing a server default page), the one known kelurahan site
 * (dash.manggala.kel.) alive; then the census sweep with every known unit site, which finds the
 * rest of the kecamatan sites alive. Also: the kecamatan filter, the chart, the render time of the
 * tab with the whole plan, and an administrator's unit list imported and the bundled one restored.
 */
const APACHE_DEFAULT = readFileSync(resolve(__dirname, '../fixtures/pages/apache-default.html'), 'utf8');
const BODY = '<h1>Kecamatan</h1><p>Layanan administrasi warga Kota Makassar, jam pelayanan Senin sampai Jumat.</p><p>© 2026 Pemerintah Kota Makassar</p>';
const KELURAHAN_SITE = 'dash.manggala.kel.makassarkota.go.id';
const UNITS = BUNDLED_UNIT_PLAN.units;
const MANGGALA = UNITS.find((u) => u.name === 'Kecamatan Manggala')!;
const WATCHED_UNIT_HOSTS = UNITS.flatMap((u) => u.hosts).filter((h) => isUnderDomain(h, 'makassarkota.go.id'));

let pantau: Pantau;
beforeAll(async () => {
  pantau = await startPantau(
    {
      '*': { title: 'Situs Kota', body: BODY },
      'tallokec.makassarkota.go.id': { status: 500, title: 'Internal Server Error', body: '<h1>500</h1>' },
      'marisokec.makassarkota.go.id': { html: APACHE_DEFAULT },
    },
    'id',
    { mapAllToHttpPort: true },
  );
});
afterAll(async () => pantau?.stop());

const dataset = (el: Element) => ({ ...(el as HTMLElement).dataset });

describe('unit coverage tab in Chromium', () => {
  it('shows which unit sites are known, alive and failing, per kecamatan, before and after a sweep', async () => {
    const visitor = await pantau.context.newPage();
    for (const host of ['wajokec.makassarkota.go.id', 'tallokec.makassarkota.go.id', 'marisokec.makassarkota.go.id', KELURAHAN_SITE]) {
      await visitor.goto(`http://${host}/`);
    }
    await visitor.close();
    await expect.poll(async () => (await pantau.send<{ hostsSeen: number }>({ type: 'getOverview' })).hostsSeen).toBe(4);
    // The server default page is told by the inspection, which lands just after the load.
    const placeholderOf = async () =>
      (await pantau.send<ExportV1>({ type: 'getExport' })).hosts.find((h) => h.host === 'marisokec.makassarkota.go.id')?.inspection?.placeholder;
    await expect.poll(placeholderOf).toBe('server-default');

    const page = await pantau.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const started = Date.now();
    await page.goto(pantau.extensionUrl('dashboard.html#cakupan'));
    await page.getByTestId('coverage-table').waitFor();
    const firstRenderMs = Date.now() - started;
    expect(await page.getByTestId('coverage-row').count()).toBe(UNITS.length);

    const total = (group: string) => page.getByTestId(`coverage-total-${group}`).textContent();
    expect(await total('kecamatan')).toBe('15 dari 15 kecamatan sudah punya situs (15 terdaftar, 1 terlihat hidup).');
    expect(await total('kelurahan')).toBe('1 dari 153 kelurahan sudah punya situs (1 terdaftar, 1 terlihat hidup).');
    expect(await total('opd')).toMatch(/^\d+ dari 66 OPD sudah punya situs \(\d+ terdaftar, 1 terlihat hidup\)\.$/);

    const stateOf = async (id: string) => page.locator(`[data-testid="coverage-row"][data-unit="${id}"]`).getAttribute('data-state');
    const code = (name: string) => UNITS.find((u) => u.name === name)!.id;
    expect(await stateOf(code('Kecamatan Wajo'))).toBe('alive');
    expect(await stateOf(code('Kecamatan Tallo'))).toBe('failing');
    expect(await stateOf(code('Kecamatan Mariso'))).toBe('failing');
    expect(await stateOf(code('Kecamatan Biringkanaya'))).toBe('never-seen');
    const kelurahanManggala = UNITS.find((u) => u.hosts.includes(KELURAHAN_SITE))!;
    expect(await stateOf(kelurahanManggala.id)).toBe('alive');
    const problems = page.locator(`[data-testid="coverage-row"][data-unit="${code('Kecamatan Tallo')}"] [data-testid="coverage-problems"]`);
    expect(Number(await problems.getAttribute('data-count'))).toBeGreaterThan(0);

    // The kecamatan filter shows the kecamatan and its kelurahan, nothing else; no host is made up for them.
    const filterStarted = Date.now();
    await page.getByTestId('coverage-kecamatan').selectOption(MANGGALA.code!);
    const rows = page.getByTestId('coverage-row');
    const manggalaUnits = UNITS.filter((u) => u.id === MANGGALA.id || u.kecamatan === MANGGALA.code);
    await expect.poll(() => rows.count()).toBe(manggalaUnits.length);
    const filterMs = Date.now() - filterStarted;
    const kinds = await rows.evaluateAll((items) => items.map((tr) => `${(tr as HTMLElement).dataset['kind']}:${(tr as HTMLElement).dataset['state']}`));
    expect(kinds.filter((k) => k === 'kelurahan:no-site')).toHaveLength(manggalaUnits.length - 2);
    expect(await page.getByTestId('coverage-host').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['host']))).toEqual([
      'manggalakec.makassarkota.go.id',
      KELURAHAN_SITE,
    ]);

    // The chart: one bar per kecamatan with its numbers; Manggala has 1 kelurahan site of its kelurahan.
    const bars = await page.getByTestId('coverage-chart-kecamatan-bar').evaluateAll((items) => items.map((g) => ({ ...(g as HTMLElement).dataset })));
    expect(bars).toHaveLength(15);
    expect(bars.find((b) => b['key'] === MANGGALA.code)).toMatchObject({ site: '1', alive: '1', total: String(manggalaUnits.length - 1), marker: 'site' });
    expect(bars.find((b) => b['key'] === code('Kecamatan Wajo'))).toMatchObject({ site: '0', marker: 'alive' });
    expect(await page.getByTestId('coverage-chart-groups-bar').evaluateAll((items) => items.map((g) => (g as HTMLElement).dataset['total']))).toEqual(['66', '15', '153']);

    // One click: sweep every registered host plus every known unit site.
    await page.getByTestId('tab-periksa').click();
    await page.getByTestId('sweep-timeout').fill('3');
    await page.getByTestId('sweep-include-units').check();
    await page.getByTestId('sweep-start').click();
    await page.getByTestId('sweep-summary').waitFor({ timeout: 60_000 });
    const units = await page.getByTestId('sweep-units').evaluate(dataset);
    expect(Number(units['checked'])).toBe(new Set(WATCHED_UNIT_HOSTS).size);
    expect(Number(units['alive'])).toBe(Number(units['checked']) - 2); // tallokec (500) and marisokec (placeholder)

    await page.getByTestId('tab-cakupan').click();
    await expect.poll(() => total('kecamatan')).toBe('15 dari 15 kecamatan sudah punya situs (15 terdaftar, 13 terlihat hidup).');
    await page.getByTestId('coverage-kecamatan').selectOption('');
    expect(await stateOf(code('Kecamatan Biringkanaya'))).toBe('alive');
    expect(await stateOf(code('Kecamatan Tallo'))).toBe('failing');
    const aliveAt = await page.locator(`[data-testid="coverage-row"][data-unit="${code('Kecamatan Biringkanaya')}"] [data-testid="coverage-alive-at"]`).textContent();
    expect(aliveAt).toContain('(pemeriksaan)');
    expect(errors).toEqual([]);
    console.log(`coverage tab with ${UNITS.length} units: first render ${firstRenderMs} ms after navigation, kecamatan filter ${filterMs} ms`);
  }, 120_000);

  it('lets an administrator import an updated unit list, previewed first, and restore the bundled one', async () => {
    const page = await pantau.context.newPage();
    await page.goto(pantau.extensionUrl('dashboard.html#cakupan'));
    await page.getByTestId('unit-plan').waitFor();
    expect(await page.getByTestId('unit-plan-in-force').getAttribute('data-source')).toBe('bundled');

    await page.getByTestId('unit-plan-file').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"pantau.unit-plan"}') });
    await page.getByTestId('unit-plan-rejected').waitFor();

    const updated = structuredClone(BUNDLED_UNIT_PLAN);
    updated.version = '2026.12.02';
    updated.from = ['unit-kota-2026-12.json'];
    const batua = updated.units.find((u) => u.name === 'Kelurahan Batua')!;
    batua.hosts = ['layanan.batua.kel.makassarkota.go.id'];
    await page.getByTestId('unit-plan-file').setInputFiles({ name: 'unit-kota-2026-12.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(updated)) });
    const preview = await page.getByTestId('unit-plan-preview').textContent();
    expect(preview).toContain(`${UNITS.length} unit`);
    expect(preview).toContain('0 unit baru, 0 unit hilang, 1 unit dengan host berubah');
    await page.getByTestId('unit-plan-apply').click();
    await expect.poll(() => page.getByTestId('unit-plan-in-force').getAttribute('data-source')).toBe('file');
    await expect.poll(() => page.getByTestId('coverage-total-kelurahan').textContent()).toBe('2 dari 153 kelurahan sudah punya situs (1 terdaftar, 1 terlihat hidup).');

    // Kept across a reload (IndexedDB), then the bundled list again.
    await page.reload();
    await expect.poll(() => page.getByTestId('unit-plan-in-force').getAttribute('data-source')).toBe('file');
    await page.getByTestId('unit-plan-restore').click();
    await expect.poll(() => page.getByTestId('unit-plan-in-force').getAttribute('data-source')).toBe('bundled');
    expect(await page.getByTestId('coverage-total-kelurahan').textContent()).toBe('1 dari 153 kelurahan sudah punya situs (1 terdaftar, 1 terlihat hidup).');
  }, 60_000);
});
