/**
 * Visits lost when the service worker is stopped mid-event (issue 10, fault 4): rounds of
 * navigations in 3 tabs at once, and in each round the worker is closed (CDP Target.closeTarget)
 * at a random moment 0–RANGE ms after the navigations start, while their events are being handled.
 * The server's log is the truth; a lost visit is a served page the background never counted.
 * Reported per stop that hit a live worker (running or starting, from the DevTools ServiceWorker
 * domain). Then the same with the stop only once every visit of the round is stored (the worker
 * idle), where the loss must be exactly 0.
 *
 * BENCH_BASELINE_DIR=<an earlier build> runs it too, round for round with this build, so both see
 * the same machine: the loss depends on how long events wait, which a busy machine stretches.
 */
import type { CDPSession } from 'playwright-core';
import { startCityServer, type CityServer } from '../scripts/lib/city-server';
import { defineBench, type BenchRow } from './support/bench';
import { BASELINE_DIR, EXTENSION_DIR, launchPantau, sendFrom, watchWorker } from './support/browser';

const STOPS = Number(process.env.BENCH_STOPS ?? 50);
const IDLE_STOPS = Number(process.env.BENCH_IDLE_STOPS ?? 10);
const TABS = 3;
const RANGE_MS = Number(process.env.BENCH_STOP_RANGE_MS ?? 150);
const HOSTS = ['dukcapil', 'disdik', 'dinkes', 'bapenda'];

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Closes the extension's worker target; false when there was none. */
async function closeWorker(cdp: CDPSession, scriptUrl: string): Promise<boolean> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url === scriptUrl);
  if (worker === undefined) return false;
  const { success } = await cdp.send('Target.closeTarget', { targetId: worker.targetId }).catch(() => ({ success: false }));
  return success;
}

/** One browser with one build, its tabs, and its own share of the server's log (by path prefix). */
async function contender(label: string, dir: string, server: CityServer, prefix: string) {
  const pantau = await launchPantau([], dir);
  const scriptUrl = pantau.worker.url();
  const cdp = await pantau.context.newCDPSession(pantau.probe);
  const worker = await watchWorker(await pantau.context.newCDPSession(pantau.probe), scriptUrl);
  const tabs = await Promise.all(Array.from({ length: TABS }, () => pantau.context.newPage()));
  let id = 0;
  const mine = () => server.requests.filter((line) => line.split(' ')[1]?.startsWith(`/${prefix}-`));
  const served = () => mine().length;
  /** Visits per host as stored, asked again when a stop swallowed the request. */
  const byHost = async (): Promise<Map<string, number>> => {
    for (;;) {
      const reply = await sendFrom(pantau.probe, { type: 'getOverview' }).catch(() => null);
      const records = (reply?.value as { records?: Array<{ host: string; visits: number }> } | undefined)?.records;
      if (reply?.ok && records !== undefined) return new Map(records.map((r) => [r.host, r.visits]));
      await pause(20);
    }
  };
  const stored = async () => [...(await byHost()).values()].reduce((a, b) => a + b, 0);
  /** Visits counted more often than the server served their host (must be 0: none doubled). */
  const doubled = async () => {
    const servedBy = new Map<string, number>();
    for (const line of mine()) servedBy.set(line.split(' ')[0]!, (servedBy.get(line.split(' ')[0]!) ?? 0) + 1);
    let extra = 0;
    for (const [host, visits] of await byHost()) extra += Math.max(0, visits - (servedBy.get(host) ?? 0));
    return extra;
  };
  /** Waits until the count stops moving (every event that survived is stored). */
  const settled = async () => {
    for (let last = -1; ; ) {
      await pause(400);
      const now = await stored();
      if (now === last) return now;
      last = now;
    }
  };
  const round = () =>
    Promise.all(tabs.map((tab, i) => tab.goto(server.url(`${HOSTS[(i + id) % HOSTS.length]}.makassarkota.go.id`, `/${prefix}-${id++}`)).catch(() => null)));
  const result = { label, forced: 0, lost: 0, visits: 0, idleLost: 0, doubled: 0 };
  return {
    result,
    async countDoubled() {
      result.doubled = await doubled();
    },
    close: pantau.close,
    async warmUp() {
      await round();
      await settled();
    },
    async stopMidEvent() {
      const before = { served: served(), stored: await stored() };
      const navigations = round();
      await pause(Math.random() * RANGE_MS);
      const live = worker.status === 'running' || worker.status === 'starting';
      if ((await closeWorker(cdp, scriptUrl)) && live) result.forced += 1;
      await navigations;
      const after = await settled();
      result.visits += served() - before.served;
      result.lost += served() - before.served - (after - before.stored);
    },
    async stopIdle() {
      const before = { served: served(), stored: await stored() };
      await round();
      const after = await settled();
      result.idleLost += served() - before.served - (after - before.stored);
      await closeWorker(cdp, scriptUrl);
      await pause(100);
    },
  };
}

export default defineBench({
  name: 'forced-stop',
  browser: true,
  async run() {
    const server = await startCityServer({ '*': { title: 'Halaman kota' } });
    const contenders = [await contender('Pantau', EXTENSION_DIR, server, 'kunjungan')];
    if (BASELINE_DIR !== null) contenders.push(await contender('Pantau before', BASELINE_DIR, server, 'sebelum'));
    try {
      for (const c of contenders) await c.warmUp();
      for (let i = 0; i < STOPS; i++) for (let k = 0; k < contenders.length; k++) await contenders[(i + k) % contenders.length]!.stopMidEvent();
      for (let i = 0; i < IDLE_STOPS; i++) for (const c of contenders) await c.stopIdle();
      for (const c of contenders) await c.countDoubled();
      const rows: BenchRow[] = [];
      for (const { result: r } of contenders) {
        const perStop = r.lost / Math.max(1, r.forced);
        rows.push({
          figure: `${r.label}: visits lost per forced stop mid-event (${r.forced} stops of a live worker in ${STOPS} rounds of ${TABS} tabs, stop 0–${RANGE_MS} ms after the navigations start; ${r.lost} of ${r.visits} visits lost, ${r.doubled} counted twice)`,
          value: perStop.toFixed(2),
          goal: '< 0.10',
          met: perStop < 0.1,
        });
        rows.push({ figure: `${r.label}: visits lost when stopped idle (${IDLE_STOPS} stops after the round's visits were stored)`, value: String(r.idleLost), goal: '0', met: r.idleLost === 0 });
      }
      return rows;
    } finally {
      for (const c of contenders) await c.close();
      await server.close();
    }
  },
});
