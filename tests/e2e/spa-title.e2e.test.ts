import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../utils/messaging/views';
import { startPantau, type Pantau } from './support/pantau-browser';

/**
 * Single-page apps that change their URL with pushState/replaceState while they load: the load
 * completes at another URL than it committed at, and the title must still be recorded (3 of these
 * 8 variants left lastTitle empty before). Made-up unregistered names, used only here.
 */
const script = (code: string) => `<h1>SPA</h1><script>${code}</script>`;
const VARIANTS: Array<{ name: string; host: string; body: string; path: string; title: string }> = [
  { name: 'pushState to a new path', host: 'contoh-spa-1.makassarkota.go.id', body: script("history.pushState({}, '', '/app/dasbor')"), path: '/app/dasbor', title: 'SPA Satu' },
  { name: 'replaceState to a new path', host: 'contoh-spa-2.makassarkota.go.id', body: script("history.replaceState({}, '', '/beranda')"), path: '/beranda', title: 'SPA Dua' },
  { name: 'several pushState calls', host: 'contoh-spa-3.makassarkota.go.id', body: script("history.pushState({}, '', '/a'); history.pushState({}, '', '/a/b'); history.pushState({}, '', '/a/b/c')"), path: '/a/b/c', title: 'SPA Tiga' },
  { name: 'pushState on DOMContentLoaded', host: 'contoh-spa-4.makassarkota.go.id', body: script("document.addEventListener('DOMContentLoaded', () => history.pushState({}, '', '/siap'))"), path: '/siap', title: 'SPA Empat' },
  { name: 'pushState and a new title', host: 'contoh-spa-5.makassarkota.go.id', body: script("history.pushState({}, '', '/baru;jsessionid=RAHASIA'); document.title = 'SPA Lima Baru'"), path: '/baru', title: 'SPA Lima Baru' },
  { name: 'replaceState adding a query', host: 'contoh-spa-6.makassarkota.go.id', body: script("history.replaceState({}, '', '/?tab=2')"), path: '/', title: 'SPA Enam' },
  { name: 'a hash route', host: 'contoh-spa-7.makassarkota.go.id', body: script("location.hash = '#/dasbor'"), path: '/', title: 'SPA Tujuh' },
  { name: 'no URL change', host: 'contoh-spa-8.makassarkota.go.id', body: '<h1>Biasa</h1>', path: '/', title: 'SPA Delapan' },
];

let pantau: Pantau;

beforeAll(async () => {
  pantau = await startPantau(
    Object.fromEntries(VARIANTS.map((v) => [v.host, { title: v.title.replace(' Baru', ''), body: v.body }])),
  );
});

afterAll(async () => {
  await pantau?.stop();
});

const recordOf = async (host: string) => (await pantau.send<Overview>({ type: 'getOverview' })).records.find((r) => r.host === host);

describe('single-page apps in Chromium', () => {
  it.each(VARIANTS)('records the title after $name', async ({ host, path, title }) => {
    const page = await pantau.context.newPage();
    await page.goto(pantau.server.url(host, '/'));
    await expect.poll(async () => (await recordOf(host))?.lastTitle, { timeout: 10_000 }).toBe(title);
    const record = await recordOf(host);
    expect(record).toMatchObject({ visits: 1, lastUrl: pantau.server.url(host, path) });
    expect(JSON.stringify(record)).not.toContain('RAHASIA');
    await page.close();
  });
});
