/**
 * Recording 10,000 visits (500 hosts) through utils/visits/visit-recorder.ts into fake-indexeddb, all at
 * once and one after another, and the same read-modify-write pattern in real Chromium IndexedDB.
 *
 * Why concurrent is slow in Node: fake-indexeddb 6.2.8 picks the next transaction to start by
 * scanning every queued transaction (Database.processTransactions: filter + find over the whole
 * list, once per transaction), so N queued transactions on one store cost O(N²). The "raw put"
 * rows show it without any Pantau code (4× the time for 2× the transactions). Sequential Pantau code
 * is linear. In Chromium each readwrite transaction costs about a millisecond (a commit to disk), so
 * there concurrent and sequential take about the same time: the cost is the commit, not the queue.
 */
import 'fake-indexeddb/auto';
import { startCityServer } from '../scripts/lib/city-server';
import { launchChromium } from '../scripts/lib/chromium';
import { openPantauDB } from '../utils/db/open-db';
import { recordVisit } from '../utils/visits/visit-recorder';
import { count, defineBench, ms, timed, type BenchRow } from './support/bench';
import { LOOPBACK_RULES } from './support/browser';

const VISITS = 10_000;
const HOSTS = 500;

const event = (i: number) => ({ host: `app-${i % HOSTS}.makassarkota.go.id`, url: null, time: 1_764_201_600_000 + i, outcome: 'ok' as const, error: null });

/** `n` concurrent one-put transactions straight on fake-indexeddb (no idb wrapper, no Pantau code). */
async function rawConcurrentPuts(n: number): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve) => {
    const open = indexedDB.open(`raw-${n}`, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('s');
    open.onsuccess = () => resolve(open.result);
  });
  const elapsed = await timed(() =>
    Promise.all(
      Array.from({ length: n }, (_, i) => new Promise((resolve) => {
        const tx = db.transaction('s', 'readwrite');
        tx.objectStore('s').put(i, i % HOSTS);
        tx.oncomplete = resolve;
      })),
    ),
  );
  db.close();
  return elapsed;
}

/** The recordVisit pattern (get, then put, in one readwrite transaction) in a Chromium page. */
async function chromiumRecord(n: number, concurrent: boolean): Promise<{ elapsed: number; counted: number }> {
  const server = await startCityServer({ '*': { title: 'idb' } });
  const browser = await launchChromium({ hostResolverRules: LOOPBACK_RULES });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('idb.contoh.test', '/'));
    // tsx compiles with keepNames, which wraps the named inner functions below in `__name(…)`.
    await page.evaluate('globalThis.__name = (f) => f');
    return await page.evaluate(async ({ n, hosts, concurrent }) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('bench', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('hosts', { keyPath: 'host' });
        open.onsuccess = () => resolve(open.result);
      });
      const one = (i: number) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction('hosts', 'readwrite');
          const store = tx.objectStore('hosts');
          const host = `app-${i % hosts}`;
          const get = store.get(host);
          get.onsuccess = () => store.put({ host, visits: ((get.result as { visits?: number } | undefined)?.visits ?? 0) + 1 });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      const start = performance.now();
      if (concurrent) await Promise.all(Array.from({ length: n }, (_, i) => one(i)));
      else for (let i = 0; i < n; i++) await one(i);
      const elapsed = performance.now() - start;
      const all = await new Promise<Array<{ visits: number }>>((resolve) => {
        const req = db.transaction('hosts').objectStore('hosts').getAll();
        req.onsuccess = () => resolve(req.result as Array<{ visits: number }>);
      });
      return { elapsed, counted: all.reduce((sum, r) => sum + r.visits, 0) };
    }, { n, hosts: HOSTS, concurrent });
  } finally {
    await browser.close();
    await server.close();
  }
}

async function recordInNode(concurrent: boolean): Promise<{ elapsed: number; counted: number }> {
  indexedDB.deleteDatabase('pantau');
  const db = await openPantauDB();
  const elapsed = await timed(async () => {
    if (concurrent) await Promise.all(Array.from({ length: VISITS }, (_, i) => recordVisit(db, event(i))));
    else for (let i = 0; i < VISITS; i++) await recordVisit(db, event(i));
  });
  const counted = (await db.getAll('hosts')).reduce((sum, r) => sum + r.visits, 0);
  db.close();
  return { elapsed, counted };
}

export default defineBench({
  name: 'record-visits',
  browser: true,
  async run() {
    const sequential = await recordInNode(false);
    const concurrent = await recordInNode(true);
    const raw = [] as BenchRow[];
    for (const n of [1000, 2000, 4000]) raw.push({ figure: `fake-indexeddb alone: ${count(n)} concurrent one-put transactions`, value: ms(await rawConcurrentPuts(n)) });
    const chromium = await chromiumRecord(VISITS, true);
    const chromiumSequential = await chromiumRecord(VISITS, false);
    const exact = (r: { counted: number }) => (r.counted === VISITS ? 'all counted' : `${r.counted} counted!`);
    return [
      { figure: `record ${count(VISITS)} visits one after another (Node, fake-indexeddb)`, value: `${ms(sequential.elapsed)} (${count(VISITS / (sequential.elapsed / 1000))}/s, ${exact(sequential)})` },
      { figure: `record ${count(VISITS)} visits all at once (Node, fake-indexeddb)`, value: `${ms(concurrent.elapsed)} (${exact(concurrent)})` },
      ...raw,
      { figure: `same get+put pattern in real Chromium IndexedDB, ${count(VISITS)} one after another`, value: `${ms(chromiumSequential.elapsed)} (${exact(chromiumSequential)})` },
      { figure: `same get+put pattern in real Chromium IndexedDB, ${count(VISITS)} all at once`, value: `${ms(chromium.elapsed)} (${exact(chromium)})` },
    ];
  },
});
