/**
 * Popup: opened → the current site's card shown, with the worker warm, and the gzip size of what
 * the popup and the background load.
 *
 * The popup is opened for real, as a click on the toolbar button does (`chrome.action.openPopup()`
 * from an extension page; scripts/lib/toolbar-popup.ts), over a city tab in front. The card's
 * moment is the popup's own User Timing mark (components/popup/card-shown-mark.ts), set in the
 * task that puts the first card in the document. Two spans are reported: from the open call (it
 * includes Chromium making the popup's window and process, which no extension can change) and
 * from the popup document's navigation start (what the popup itself costs). Chromium's share is
 * shown by the extension's static privacy page set as the popup and opened the same way: its
 * document start and its parse end.
 *
 * Each round also opens the popup as a tab (`popup.html?tabId=N`), the method of earlier runs, with
 * the privacy page opened as a tab as its floor, so old and new figures can be compared.
 * BENCH_BASELINE_DIR=<an earlier build> measures that build too, round for round, in a second browser
 * (it must set the card mark: builds from 2026-12-07 on).
 */
import { startCityServer } from '../scripts/lib/city-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_SHOWN_MARK } from '../components/popup/card-shown-mark';
import { defineBench, kib, median, ms, percentile, type BenchRow } from './support/bench';
import { BASELINE_DIR, EXTENSION_DIR, launchPantau } from './support/browser';
import { bundleSize, pageBundle } from './support/bundle';
import { createPopupOpener, untilMark } from '../scripts/lib/toolbar-popup';

const ROUNDS = Number(process.env.BENCH_POPUP_ROUNDS ?? 20);
const CITY_HOST = 'dukcapil.makassarkota.go.id';
/** A pause after each popup or tab is closed, so the next one is not timed while Chromium tears it down. */
const QUIET_MS = 300;
const quiet = () => new Promise((resolve) => setTimeout(resolve, QUIET_MS));

/** Resolves with the mark's time once the popup has drawn its first card. */
const CARD_SHOWN = untilMark(CARD_SHOWN_MARK);
/** Resolves with the end of DOMContentLoaded of a static page. */
const PARSED = `new Promise((resolve) => {
  const read = () => setTimeout(() => resolve(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd), 0);
  document.readyState === 'loading' ? addEventListener('DOMContentLoaded', read) : read();
})`;

type Pantau = Awaited<ReturnType<typeof launchPantau>>;

async function contender(label: string, dir: string, cityUrl: string) {
  const pantau: Pantau = await launchPantau([], dir);
  const site = await pantau.context.newPage();
  await site.goto(cityUrl);
  const tabs = await pantau.probe.evaluate(() =>
    (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome.tabs.query({}),
  );
  const tabId = tabs.find((tab) => tab.url?.includes(CITY_HOST))?.id;
  if (tabId === undefined) throw new Error('city tab not visible to the extension');
  const opener = await createPopupOpener(pantau.context, pantau.probe, pantau.extensionId);
  const figures = { fromDocument: [] as number[], fromOpen: [] as number[], floorStart: [] as number[], floorParsed: [] as number[], tab: [] as number[], tabFloor: [] as number[] };

  async function round(): Promise<void> {
    await site.bringToFront();
    const still = await opener.open('privacy.html');
    const parsed = await still.inDocument<number>(PARSED);
    figures.floorStart.push(parsed.timeOrigin - still.openedAt);
    figures.floorParsed.push(parsed.timeOrigin + parsed.value - still.openedAt);
    await still.close();
    await quiet();
    await site.bringToFront();
    const popup = await opener.open('popup.html');
    const card = await popup.inDocument<number>(CARD_SHOWN);
    figures.fromDocument.push(card.value);
    figures.fromOpen.push(card.timeOrigin + card.value - popup.openedAt);
    await popup.close();
    await quiet();
    // The earlier method: the popup and the static page opened as tabs.
    const stillTab = await pantau.context.newPage();
    let started = performance.now();
    await stillTab.goto(pantau.extensionUrl('privacy.html'), { waitUntil: 'commit' });
    await stillTab.locator('h1').first().waitFor();
    figures.tabFloor.push(performance.now() - started);
    await stillTab.close();
    await quiet();
    const popupTab = await pantau.context.newPage();
    started = performance.now();
    await popupTab.goto(pantau.extensionUrl(`popup.html?tabId=${tabId}`), { waitUntil: 'commit' });
    await popupTab.getByTestId('site-host').waitFor();
    figures.tab.push(performance.now() - started);
    await popupTab.close();
    await quiet();
  }

  return { label, figures, round, close: () => pantau.close() };
}

const spread = (values: readonly number[]) => `${ms(median(values))} / ${ms(percentile(values, 95))}`;

export default defineBench({
  name: 'popup',
  browser: true,
  async run() {
    const server = await startCityServer({ '*': { title: 'Dinas contoh' } });
    const contenders: Array<Awaited<ReturnType<typeof contender>>> = [];
    try {
      contenders.push(await contender('Pantau', EXTENSION_DIR, server.url(CITY_HOST, '/')));
      if (BASELINE_DIR !== null) contenders.push(await contender('Pantau before', BASELINE_DIR, server.url(CITY_HOST, '/')));
      for (let i = 0; i < ROUNDS; i++) {
        // Turns: each build goes first in every other round.
        const order = i % 2 === 0 ? contenders : [...contenders].reverse();
        for (const each of order) await each.round();
      }
    } finally {
      for (const each of contenders) await each.close();
      await server.close();
    }
    const rows: BenchRow[] = [];
    for (const { label, figures } of contenders) {
      const own = median(figures.fromDocument);
      const prefix = contenders.length > 1 ? `${label}: ` : '';
      rows.push(
        { figure: `${prefix}toolbar popup, document start → site card shown (the popup's own part), median / p95 (n=${ROUNDS})`, value: spread(figures.fromDocument), goal: '≤ 100 ms', met: own <= 100 },
        { figure: `${prefix}toolbar popup, opened → site card shown (with Chromium making the popup), median / p95`, value: spread(figures.fromOpen) },
        {
          figure: `${prefix}static page (privacy.html) as the toolbar popup, opened → document start / → parsed, median`,
          value: `${ms(median(figures.floorStart))} / ${ms(median(figures.floorParsed))}`,
        },
        {
          figure: `${prefix}popup opened as a tab → site card shown (earlier method), median / p95; the static page as a tab`,
          value: `${spread(figures.tab)}; ${ms(median(figures.tabFloor))}`,
        },
      );
    }
    const popup = bundleSize(EXTENSION_DIR, 'popup.html');
    const background = bundleSize(EXTENSION_DIR, 'background.js');
    const inspector = bundleSize(EXTENSION_DIR, existsSync(join(EXTENSION_DIR, 'inspector.js')) ? 'inspector.js' : 'content-scripts/inspector.js');
    const popupJs = pageBundle(EXTENSION_DIR, 'popup.html').filter((file) => file.file.endsWith('.js'));
    const popupJsGzip = popupJs.reduce((sum, file) => sum + file.gzip, 0);
    rows.push(
      { figure: `popup bundle (html, js, css; ${popup.files} files)`, value: `${kib(popup.gzip)} gzip (${kib(popup.raw)} raw)` },
      { figure: `popup JavaScript (${popupJs.length} files)`, value: `${kib(popupJsGzip)} gzip`, goal: '≤ 25 KiB', met: popupJsGzip <= 25 * 1024 },
      { figure: 'background bundle (background.js)', value: `${kib(background.gzip)} gzip (${kib(background.raw)} raw)`, goal: '≤ 35 KiB', met: background.gzip <= 35 * 1024 },
      { figure: 'page inspector (parsed in the city page on each inspection)', value: `${kib(inspector.gzip)} gzip (${kib(inspector.raw)} raw)` },
    );
    return rows;
  },
});
