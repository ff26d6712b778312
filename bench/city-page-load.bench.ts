/**
 * City pages: page-load time with and without Pantau on the same pages. Two browsers with the same
 * flags (one with the extension, one without) load the same list of city pages, alternating which
 * goes first in each round. After each load in the Pantau browser the bench waits (untimed) until
 * the visit is stored, so Pantau's work for one page never spills into the next measurement.
 */
import { launchChromium } from '../scripts/lib/chromium';
import { startCityServer } from '../scripts/lib/city-server';
import { defineBench, median, ms, percentile } from './support/bench';
import { LOOPBACK_RULES, launchPantau, sendFrom } from './support/browser';

const PAGES = Number(process.env.BENCH_PAGES ?? 60);
// A page of realistic weight for a city site's front page (~100 KB of HTML), not an empty one.
const BODY = Array.from({ length: 1500 }, (_, i) => `<p>Berita ${i}: Pemerintah Kota Makassar mengumumkan layanan baru.</p>`).join('');

export default defineBench({
  name: 'city-page-load',
  browser: true,
  async run() {
    const server = await startCityServer({ '*': { title: 'Halaman kota', body: BODY } });
    const pantau = await launchPantau();
    const plain = await launchChromium({ hostResolverRules: LOOPBACK_RULES });
    try {
      const withPage = await pantau.context.newPage();
      const withoutPage = await plain.context.newPage();
      const loadTimes = { with: [] as number[], without: [] as number[] };
      const wallTimes = { with: [] as number[], without: [] as number[] };

      const load = async (which: 'with' | 'without', url: string) => {
        const page = which === 'with' ? withPage : withoutPage;
        const started = performance.now();
        await page.goto(url); // resolves at the load event
        wallTimes[which].push(performance.now() - started);
        // The page's own view: navigation start → load event end.
        loadTimes[which].push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
      };

      for (let i = -5; i < PAGES; i++) {
        // Rounds -5..-1 warm both browsers up and are not kept.
        const host = `halaman-${i + 5}.makassarkota.go.id`;
        const url = server.url(host, '/');
        const order: Array<'with' | 'without'> = i % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
        for (const which of order) await load(which, url);
        for (;;) {
          const reply = await sendFrom(pantau.probe, { type: 'getSiteCard', url });
          if ((reply.value as { record?: unknown } | undefined)?.record) break;
          await new Promise((r) => setTimeout(r, 5));
        }
        if (i < 0) for (const list of [loadTimes.with, loadTimes.without, wallTimes.with, wallTimes.without]) list.pop();
      }

      const ratio = median(loadTimes.with) / median(loadTimes.without);
      const wallRatio = median(wallTimes.with) / median(wallTimes.without);
      return [
        { figure: `page load (navigation start → load end), median, without / with Pantau (n=${PAGES} pages each)`, value: `${ms(median(loadTimes.without))} / ${ms(median(loadTimes.with))}` },
        { figure: 'page load p95, without / with Pantau', value: `${ms(percentile(loadTimes.without, 95))} / ${ms(percentile(loadTimes.with, 95))}` },
        { figure: 'page load ratio with / without Pantau (medians)', value: `${ratio.toFixed(3)}×`, goal: '≤ 1.05×', met: ratio <= 1.05 },
        { figure: 'goto → load event as the driver sees it, ratio with / without (medians)', value: `${wallRatio.toFixed(3)}× (${ms(median(wallTimes.without))} / ${ms(median(wallTimes.with))})`, goal: '≤ 1.05×', met: wallRatio <= 1.05 },
      ];
    } finally {
      await pantau.close();
      await plain.close();
      await server.close();
    }
  },
});
