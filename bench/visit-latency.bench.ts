/**
 * Navigation → visit stored: time from a city page's load event (when `page.goto` resolves) until
 * the background answers with the visit recorded, polled from an extension page the way the popup
 * asks. The worker is warm (the common case while someone browses city sites).
 */
import { startCityServer } from '../scripts/lib/city-server';
import { defineBench, median, ms, percentile } from './support/bench';
import { launchPantau, sendFrom } from './support/browser';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

export default defineBench({
  name: 'visit-latency',
  browser: true,
  async run() {
    const server = await startCityServer({ '*': { title: 'Halaman uji' } });
    const pantau = await launchPantau();
    const page = await pantau.context.newPage();
    const delays: number[] = [];
    try {
      for (let i = 0; i < ROUNDS; i++) {
        const url = server.url(`kunjungan-${i}.makassarkota.go.id`, '/');
        await page.goto(url);
        const loadedAt = performance.now();
        for (;;) {
          const reply = await sendFrom(pantau.probe, { type: 'getSiteCard', url });
          if ((reply.value as { record?: unknown } | undefined)?.record) break;
          await new Promise((r) => setTimeout(r, 1));
        }
        delays.push(performance.now() - loadedAt);
      }
    } finally {
      await pantau.close();
      await server.close();
    }
    return [
      { figure: `load event → visit readable, median (n=${ROUNDS})`, value: ms(median(delays)) },
      { figure: 'load event → visit readable, p95', value: ms(percentile(delays, 95)) },
    ];
  },
});
