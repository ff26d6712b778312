/**
 * Visits lost when the service worker is stopped mid-event (issue 10, fault 4): rounds of
 * navigations in 3 tabs at once, and in each round the worker is closed (CDP Target.closeTarget)
 * at a random moment 0–RANGE ms after the navigations start, while their events are being handled.
 * The server's log is the truth; a lost visit is a served page the background never counted.
 * Reported per forced stop. Then the same with the stop only once every visit of the round is
 * stored (the worker idle), where the loss must be exactly 0.
 */
import type { CDPSession } from 'playwright-core';
import { startCityServer } from '../scripts/lib/city-server';
import { defineBench } from './support/bench';
import { launchPantau, sendFrom } from './support/browser';

const STOPS = Number(process.env.BENCH_STOPS ?? 50);
const IDLE_STOPS = Number(process.env.BENCH_IDLE_STOPS ?? 10);
const TABS = 3;
const RANGE_MS = Number(process.env.BENCH_STOP_RANGE_MS ?? 150);

/** Closes the extension's worker target; false when it was not running (nothing to stop). */
async function closeWorker(cdp: CDPSession, scriptUrl: string): Promise<boolean> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url === scriptUrl);
  if (worker === undefined) return false;
  const { success } = await cdp.send('Target.closeTarget', { targetId: worker.targetId }).catch(() => ({ success: false }));
  return success;
}

export default defineBench({
  name: 'forced-stop',
  browser: true,
  async run() {
    const server = await startCityServer({ '*': { title: 'Halaman kota' } });
    const pantau = await launchPantau();
    const scriptUrl = pantau.worker.url();
    const cdp = await pantau.context.newCDPSession(pantau.probe);
    const tabs = await Promise.all(Array.from({ length: TABS }, () => pantau.context.newPage()));
    const hosts = ['dukcapil', 'disdik', 'dinkes', 'bapenda'].map((name) => `${name}.makassarkota.go.id`);
    let id = 0;

    /** Total visits stored, asked again when a stop swallowed the request. */
    const stored = async (): Promise<number> => {
      for (;;) {
        const reply = await sendFrom(pantau.probe, { type: 'getOverview' }).catch(() => null);
        const records = (reply?.value as { records?: Array<{ visits: number }> } | undefined)?.records;
        if (reply?.ok && records !== undefined) return records.reduce((sum, r) => sum + r.visits, 0);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const served = () => server.requests.filter((line) => line.split(' ')[1]?.startsWith('/kunjungan-')).length;
    const round = () =>
      Promise.all(tabs.map((tab, i) => tab.goto(server.url(hosts[(i + id) % hosts.length]!, `/kunjungan-${id++}`)).catch(() => null)));
    /** Waits until the count stops moving (every event that survived is stored). */
    const settled = async () => {
      let last = -1;
      for (;;) {
        await new Promise((r) => setTimeout(r, 400));
        const now = await stored();
        if (now === last) return now;
        last = now;
      }
    };

    try {
      await round(); // warm-up: database open, registry read
      await settled();

      let forced = 0;
      const before = { served: served(), stored: await stored() };
      for (let i = 0; i < STOPS; i++) {
        const navigations = round();
        await new Promise((r) => setTimeout(r, Math.random() * RANGE_MS));
        if (await closeWorker(cdp, scriptUrl)) forced += 1;
        await navigations;
        await new Promise((r) => setTimeout(r, 50));
      }
      const after = { served: served(), stored: await settled() };
      const lost = after.served - before.served - (after.stored - before.stored);

      let idleLost = 0;
      for (let i = 0; i < IDLE_STOPS; i++) {
        const start = { served: served(), stored: await stored() };
        await round();
        const end = await settled();
        idleLost += served() - start.served - (end - start.stored);
        await closeWorker(cdp, scriptUrl);
        await new Promise((r) => setTimeout(r, 100));
      }

      const visits = after.served - before.served;
      return [
        {
          figure: `visits lost per forced stop mid-event (${forced} stops of ${STOPS} rounds, ${TABS} tabs, stop 0–${RANGE_MS} ms after the navigations start; ${lost} of ${visits} visits lost)`,
          value: (lost / Math.max(1, forced)).toFixed(2),
          goal: '< 0.10',
          met: lost / Math.max(1, forced) < 0.1,
        },
        { figure: `visits lost when stopped idle (${IDLE_STOPS} stops after the round's visits were stored)`, value: String(idleLost), goal: '0', met: idleLost === 0 },
      ];
    } finally {
      await pantau.close();
      await server.close();
    }
  },
});
