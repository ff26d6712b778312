import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../utils/messaging/views';
import { startPantau, type Pantau } from './support/pantau-browser';

/**
 * A worker stopped while a page's events wait for it loses them for good: Chromium does not
 * deliver an event again. Here that is made certain rather than left to chance: the worker is
 * kept busy (a loop in its own thread) while a city page loads, so its commit and load-end events
 * queue up unhandled, and then it is closed (CDP Target.closeTarget), as a crash would. The next
 * worker must find the page still open in its tab and count it, once.
 */
let pantau: Pantau;
beforeAll(async () => {
  pantau = await startPantau({ '*': { title: 'Halaman kota' } });
});
afterAll(async () => pantau?.stop());

const visitsOf = async (host: string) => (await pantau.send<Overview>({ type: 'getOverview' })).records.find((r) => r.host === host)?.visits ?? 0;

describe('events lost with a stopped worker', () => {
  it('counts the city page still open in a tab when the next worker starts, once', async () => {
    const host = 'dukcapil.makassarkota.go.id';
    const cdp = await pantau.context.newCDPSession(pantau.probe);
    const scriptUrl = pantau.worker.url();
    // The worker's thread is held for 8 s: the page's events wait in its queue.
    void pantau.worker.evaluate(() => {
      const end = Date.now() + 8_000;
      while (Date.now() < end);
    }).catch(() => undefined);
    const tab = await pantau.context.newPage();
    await tab.goto(pantau.server.url(host, '/hilang'), { waitUntil: 'load' });
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url === scriptUrl);
    expect(worker).toBeDefined();
    expect((await cdp.send('Target.closeTarget', { targetId: worker!.targetId })).success).toBe(true);
    expect(pantau.server.requests.filter((line) => line.startsWith(`${host} /hilang`))).toHaveLength(1);

    // Any event starts a new worker: here the probe page's request.
    await expect.poll(() => visitsOf(host), { timeout: 10_000 }).toBe(1);
    const card = await pantau.send<{ record: { lastTitle: string | null; lastUrl: string } }>({ type: 'getSiteCard', url: tab.url() });
    expect(card.record).toMatchObject({ lastTitle: 'Halaman kota', lastUrl: `http://${host}:${pantau.server.port}/hilang` });
    expect((await pantau.badgeOf(await pantau.tabIdOf(tab))).text).not.toBe('');

    // Later workers find the same document again and leave it counted once.
    const again = (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'service_worker' && t.url === scriptUrl);
    if (again !== undefined) await cdp.send('Target.closeTarget', { targetId: again.targetId });
    await pantau.send<Overview>({ type: 'getOverview' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await visitsOf(host)).toBe(1);
    await tab.close();
  });
});
