/**
 * Service-worker cold start. Two figures: browser launch → worker ready (first install, includes
 * Chromium's own start), and worker stopped (CDP) → first answer to a popup request, which is what
 * a user waits for after the worker went idle: start, module evaluation (registry parse), database
 * open and the request itself. And stopped → city navigation → visit stored.
 */
import { startCityServer } from '../scripts/lib/city-server';
import { defineBench, median, ms, percentile, timed } from './support/bench';
import { launchPantau, sendFrom, watchWorker } from './support/browser';

const ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 15);

export default defineBench({
  name: 'worker-cold-start',
  browser: true,
  async run() {
    const server = await startCityServer({ '*': { title: 'Halaman uji' } });
    let launch = 0;
    const pantau = await (async () => {
      let launched!: Awaited<ReturnType<typeof launchPantau>>;
      launch = await timed(async () => (launched = await launchPantau()));
      return launched;
    })();
    try {
      const worker = await watchWorker(await pantau.context.newCDPSession(pantau.probe), pantau.worker.url());
      const page = await pantau.context.newPage();
      const toReply: number[] = [];
      const toVisit: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        await worker.stop();
        toReply.push(await timed(async () => {
          const reply = await sendFrom(pantau.probe, { type: 'getOverview' });
          if (!reply.ok) throw new Error(`getOverview failed: ${reply.error}`);
        }));
        await worker.stop();
        const url = server.url(`dingin-${i}.makassarkota.go.id`, '/');
        toVisit.push(await timed(async () => {
          await page.goto(url);
          for (;;) {
            const reply = await sendFrom(pantau.probe, { type: 'getSiteCard', url });
            if ((reply.value as { record?: unknown } | undefined)?.record) break;
            await new Promise((r) => setTimeout(r, 1));
          }
        }));
      }
      return [
        { figure: 'browser launch → worker ready (incl. Chromium start)', value: ms(launch) },
        { figure: `worker stopped → first popup request answered, median / p95 (n=${ROUNDS})`, value: `${ms(median(toReply))} / ${ms(percentile(toReply, 95))}` },
        { figure: `worker stopped → city page loaded and visit stored, median / p95 (n=${ROUNDS})`, value: `${ms(median(toVisit))} / ${ms(percentile(toVisit, 95))}` },
      ];
    } finally {
      await pantau.close();
      await server.close();
    }
  },
});
