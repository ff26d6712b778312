/**
 * Popup: open → data shown (the current site's card and the counts both rendered), with the worker
 * warm, and the gzip size of what the popup and the background load.
 *
 * The popup is opened as a tab (Playwright cannot click the toolbar button), so each figure
 * includes Chromium creating a tab and committing a navigation. To show how much of it that is,
 * every round first opens the extension's static privacy page the same way (no script, nothing
 * to ask the worker): its time to first heading is the floor under any extension page here, and
 * "over the floor" is the popup's own part, per round.
 */
import { startCityServer } from '../scripts/lib/city-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineBench, kib, median, ms, percentile } from './support/bench';
import { EXTENSION_DIR, launchPantau } from './support/browser';
import { bundleSize, pageBundle } from './support/bundle';

const ROUNDS = Number(process.env.BENCH_POPUP_ROUNDS ?? 20);

export default defineBench({
  name: 'popup',
  browser: true,
  async run() {
    const server = await startCityServer({ '*': { title: 'Dinas contoh' } });
    const pantau = await launchPantau();
    const shown: number[] = [];
    const cardShown: number[] = [];
    const floor: number[] = [];
    try {
      const site = await pantau.context.newPage();
      await site.goto(server.url('dukcapil.makassarkota.go.id', '/'));
      const tabs = await pantau.probe.evaluate(() =>
        (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome.tabs.query({}),
      );
      const tabId = tabs.find((t) => t.url?.includes('dukcapil'))?.id;
      if (tabId === undefined) throw new Error('city tab not visible to the extension');
      for (let i = 0; i < ROUNDS; i++) {
        const still = await pantau.context.newPage();
        const started = performance.now();
        await still.goto(pantau.extensionUrl('privacy.html'), { waitUntil: 'commit' });
        await still.locator('h1').first().waitFor();
        floor.push(performance.now() - started);
        await still.close();
        const popup = await pantau.context.newPage();
        const opened = performance.now();
        await popup.goto(pantau.extensionUrl(`popup.html?tabId=${tabId}`), { waitUntil: 'commit' });
        await popup.getByTestId('site-host').waitFor();
        cardShown.push(performance.now() - opened);
        await popup.getByTestId('count-hosts-seen').waitFor();
        shown.push(performance.now() - opened);
        await popup.close();
      }
    } finally {
      await pantau.close();
      await server.close();
    }
    const popup = bundleSize(EXTENSION_DIR, 'popup.html');
    const background = bundleSize(EXTENSION_DIR, 'background.js');
    const inspector = bundleSize(EXTENSION_DIR, existsSync(join(EXTENSION_DIR, 'inspector.js')) ? 'inspector.js' : 'content-scripts/inspector.js');
    const popupJs = pageBundle(EXTENSION_DIR, 'popup.html').filter((file) => file.file.endsWith('.js'));
    const popupJsGzip = popupJs.reduce((sum, file) => sum + file.gzip, 0);
    const medianCard = median(cardShown);
    const over = cardShown.map((card, i) => card - floor[i]!);
    return [
      { figure: `popup open → site card shown, median / p95 (n=${ROUNDS})`, value: `${ms(medianCard)} / ${ms(percentile(cardShown, 95))}`, goal: '≤ 100 ms', met: medianCard <= 100 },
      { figure: `static extension page (privacy.html) opened the same way → heading shown: the tab and page floor, median / p95`, value: `${ms(median(floor))} / ${ms(percentile(floor, 95))}` },
      { figure: `popup open → site card shown, over the floor of the same round, median / p95`, value: `${ms(median(over))} / ${ms(percentile(over, 95))}` },
      { figure: `popup open → site card and counts shown, median / p95 (n=${ROUNDS})`, value: `${ms(median(shown))} / ${ms(percentile(shown, 95))}` },
      { figure: `popup bundle (html, js, css; ${popup.files} files)`, value: `${kib(popup.gzip)} gzip (${kib(popup.raw)} raw)` },
      { figure: `popup JavaScript (${popupJs.length} files)`, value: `${kib(popupJsGzip)} gzip`, goal: '≤ 25 KiB', met: popupJsGzip <= 25 * 1024 },
      { figure: 'background bundle (background.js)', value: `${kib(background.gzip)} gzip (${kib(background.raw)} raw)`, goal: '≤ 35 KiB', met: background.gzip <= 35 * 1024 },
      { figure: 'page inspector (parsed in the city page on each inspection)', value: `${kib(inspector.gzip)} gzip (${kib(inspector.raw)} raw)` },
    ];
  },
});
