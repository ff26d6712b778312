/**
 * Ordinary browsing: 100 navigations to non-city hosts must cost Pantau nothing: no service-worker
 * start and no content-script injection. A calibration extension with a content script on every
 * page runs in the same browser, and one city navigation ends the run, so the counters are shown
 * to see what they count (a zero from a blind counter would prove nothing).
 */
import { startCityServer } from '../scripts/lib/city-server';
import { defineBench } from './support/bench';
import { countExtensionContexts, launchPantau, watchWorker, writeCalibrationExtension } from './support/browser';

const NAVIGATIONS = Number(process.env.BENCH_ORDINARY ?? 100);
const TLDS = ['com', 'org', 'net', 'id', 'co.id', 'go.id', 'ac.id'];

export default defineBench({
  name: 'ordinary-browsing',
  browser: true,
  async run() {
    const server = await startCityServer({ '*': { title: 'Situs biasa' } });
    const calibration = writeCalibrationExtension();
    const pantau = await launchPantau([calibration.dir]);
    try {
      const pantauOrigin = `chrome-extension://${pantau.extensionId}`;
      const worker = await watchWorker(await pantau.context.newCDPSession(pantau.probe), pantau.worker.url());
      const page = await pantau.context.newPage();
      const contexts = await countExtensionContexts(page);
      await worker.stop();
      worker.resetStarts();
      // Includes names that merely resemble the city domain: they must not wake Pantau either.
      for (let i = 0; i < NAVIGATIONS; i++) {
        const host = i % 10 === 0 ? `evilmakassarkota${i}.go.id` : `situs-${i}.contoh.${TLDS[i % TLDS.length]}`;
        await page.goto(server.url(host, `/halaman-${i}?q=${i}`));
      }
      const ordinaryStarts = worker.starts;
      const ordinaryInjections = contexts.byOrigin.get(pantauOrigin) ?? 0;
      const calibrationInjections = [...contexts.byOrigin].filter(([origin]) => origin !== pantauOrigin).reduce((sum, [, n]) => sum + n, 0);

      // Positive control: one city navigation must show up as a worker start.
      await page.goto(server.url('kontrol.makassarkota.go.id', '/'));
      await worker.untilRunning();
      const cityStarts = worker.starts;
      return [
        {
          figure: `service-worker starts during ${NAVIGATIONS} non-city navigations`,
          value: String(ordinaryStarts),
          goal: '0',
          met: ordinaryStarts === 0,
        },
        {
          figure: `Pantau content-script injections during ${NAVIGATIONS} non-city navigations`,
          value: String(ordinaryInjections),
          goal: '0',
          met: ordinaryInjections === 0,
        },
        {
          figure: 'counter check: calibration content script injections / worker starts on 1 city navigation',
          value: `${calibrationInjections} / ${cityStarts}`,
          goal: `${NAVIGATIONS} / 1`,
          met: calibrationInjections === NAVIGATIONS && cityStarts === 1,
        },
      ];
    } finally {
      await pantau.close();
      await server.close();
      calibration.remove();
    }
  },
});
