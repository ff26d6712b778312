import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../utils/db/migrations';
import type { Overview } from '../../utils/messaging/views';
import { startPantau, type Pantau } from './support/pantau-browser';

/**
 * Hostile conditions for the background: the service worker is stopped (CDP) again and again while
 * a stream of navigations runs in several tabs at once and two popups keep reading. Every
 * navigation the server served must be counted exactly once, every read must be a consistent
 * snapshot, a popup must never show an error, and the database must open cleanly afterwards.
 *
 * The stream runs in rounds: each round's navigations happen at once in every tab, then the worker
 * is stopped once their visits are stored, as Chromium's own idle shutdown does (it never stops a
 * worker with an event in flight). A forced stop in the middle of handling an event is a crash:
 * Chromium does not deliver that event again; what Pantau recovers then (a lost commit at the
 * load's end, a page still open when the next worker starts) is tested in
 * open-documents.e2e.test.ts and measured in bench/forced-stop.bench.ts (docs/security.md).
 * Popup requests, which do race with the stops here, must survive them.
 */
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: Overview; error?: string }> } };

const HOSTS = ['dukcapil.makassarkota.go.id', 'makassarkota.go.id', 'contoh-kacau-a.makassarkota.go.id', 'contoh-kacau-b.makassarkota.go.id'];
const TABS = 3;
const ROUNDS = 12;

let pantau: Pantau;
beforeAll(async () => {
  pantau = await startPantau({ '*': { title: 'Halaman kota' } });
});
afterAll(async () => pantau?.stop());

/** Served top-level documents of the stream, per host (the server's own log is the truth). */
function served(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of pantau.server.requests) {
    const [host, path] = line.split(' ');
    if (host !== undefined && path?.startsWith('/kacau-')) counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  return counts;
}

/**
 * getOverview from an extension page. A forced stop can kill the worker while it answers; like the
 * popup's connector (utils/platform/runtime-connector.ts), ask again then, but never accept an error reply.
 */
let deliveryRetries = 0;
const overviewFrom = async (page: Page): Promise<Overview> => {
  for (let attempt = 1; ; attempt++) {
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'getOverview' })).catch((error: unknown) => {
      if (attempt >= 5 || !/Receiving end does not exist|message channel closed/.test(String(error))) throw error;
      return null;
    });
    // No reply (undefined): the worker was stopped after taking the message; the connector asks again too.
    if (reply === null || (reply === undefined && attempt < 5)) {
      deliveryRetries += 1;
      continue;
    }
    if (!reply?.ok || reply.value === undefined) throw new Error(`getOverview failed: ${reply?.error ?? 'no reply'}`);
    return reply.value;
  }
};
const visitsByHost = (o: Overview) => new Map(o.records.map((r) => [r.host, r.visits]));
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('service worker stopped during a stream of navigations', () => {
  it('counts every served visit exactly once, popups stay consistent, the database opens cleanly', async () => {
    const cdp = await pantau.context.newCDPSession(pantau.probe);
    let stops = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL === pantau.worker.url() && v.runningStatus === 'stopped')) stops += 1;
    });
    await cdp.send('ServiceWorker.enable');
    const popups = await Promise.all([0, 1].map(async () => {
      const popup = await pantau.context.newPage();
      await popup.goto(pantau.extensionUrl('popup.html'));
      return popup;
    }));

    let streaming = true;
    // Two pages read all the time: each snapshot consistent, never going backwards, never ahead of the server.
    const readers = [popups[0]!, pantau.probe].map(async (popup) => {
      let last = new Map<string, number>();
      let reads = 0;
      while (streaming) {
        const snapshot = await overviewFrom(popup);
        const servedNow = served();
        const now = visitsByHost(snapshot);
        expect(snapshot.hostsSeen).toBe(snapshot.records.length);
        for (const [host, visits] of now) {
          expect(visits).toBeGreaterThanOrEqual(last.get(host) ?? 0);
          expect(visits).toBeLessThanOrEqual(servedNow.get(host) ?? 0);
        }
        last = now;
        reads += 1;
      }
      return reads;
    });
    // A popup reopened again and again meanwhile, through its real connector: never an error shown.
    const reopened = (async () => {
      const popup = popups[1]!;
      let opens = 0;
      while (streaming) {
        await popup.reload();
        await popup.locator('[data-testid="count-hosts-seen"], [data-testid="error-notice"]').first().waitFor();
        const notices = await popup.getByTestId('error-notice').allTextContents();
        expect(notices).toEqual([]);
        opens += 1;
      }
      return opens;
    })();
    const tabs = await Promise.all(Array.from({ length: TABS }, () => pantau.context.newPage()));
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(tabs.map((page, tab) => page.goto(pantau.server.url(HOSTS[(tab + round) % HOSTS.length]!, `/kacau-${tab}-${round}`))));
      await expect.poll(async () => total(visitsByHost(await overviewFrom(pantau.probe))), { timeout: 10_000 }).toBe(total(served()));
      await cdp.send('ServiceWorker.stopAllWorkers');
    }
    streaming = false;
    await Promise.all(tabs.map((page) => page.close()));
    const reads = await Promise.all(readers);
    const opens = await reopened;
    console.log(`worker stops: ${stops}, overview reads: ${reads.join(' + ')} (${deliveryRetries} re-sent after a stop), popup reopenings: ${opens}`);

    const expected = served();
    expect(total(expected)).toBe(TABS * ROUNDS);
    expect(stops).toBeGreaterThanOrEqual(3); // the worker really was stopped during the stream
    expect(Math.min(...reads, opens)).toBeGreaterThan(0);
    await expect.poll(async () => total(visitsByHost(await overviewFrom(pantau.probe))), { timeout: 15_000 }).toBe(TABS * ROUNDS);
    await new Promise((r) => setTimeout(r, 300)); // late duplicates would show up now
    expect(visitsByHost(await overviewFrom(pantau.probe))).toEqual(expected);

    // Both popups, reopened, show the same counts and no recording problem.
    for (const popup of popups) await popup.reload();
    const shown = await Promise.all(popups.map(async (p) => {
      await p.getByTestId('count-hosts-seen').waitFor();
      return p.getByTestId('count-hosts-seen').getAttribute('data-value');
    }));
    expect(shown).toEqual([String(HOSTS.length), String(HOSTS.length)]);
    for (const popup of popups) expect(await popup.getByTestId('recording-problem').count()).toBe(0);

    // The database opens at the current version with its stores (aborting rather than creating it).
    const db = await pantau.probe.evaluate(
      () =>
        new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
          const open = indexedDB.open('pantau');
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => reject(new Error(`open failed: ${open.error?.name}`));
          open.onsuccess = () => {
            const result = { version: open.result.version, stores: [...open.result.objectStoreNames].sort() };
            open.result.close();
            resolve(result);
          };
        }),
    );
    expect(db).toEqual({ version: DB_VERSION, stores: ['drafts', 'hosts', 'inspections', 'proposals', 'redirects', 'registry', 'settings', 'unitPlan'] });
  });
});
