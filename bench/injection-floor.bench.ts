/**
 * What injecting any script into a city page costs the page, whatever the script does: two
 * throwaway MV3 extensions, identical but for one line, load the 47 kB pemda page in turns. One
 * only listens to webNavigation.onCompleted; the other also injects an empty function into the
 * page's isolated world there (`scripting.executeScript`, the way Pantau injects its inspector).
 * Page task time (CDP Performance.getMetrics TaskDuration) is read 2.5 s after the load, as in
 * city-page-cost. The difference is the floor under Pantau's first-visit inspection: the isolated
 * world and the injection, before any of the inspector's own work.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../scripts/lib/chromium';
import { startCityServer } from '../scripts/lib/city-server';
import { pemdaPage } from '../scripts/lib/page-corpus';
import { defineBench, median, ms } from './support/bench';
import { LOOPBACK_RULES } from './support/browser';

const ROUNDS = Number(process.env.BENCH_COST_ROUNDS ?? 14);
const WARMUP = 3;
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 2500);

/** A throwaway extension whose worker runs `onLoad` for every completed city page load. */
function writeExtension(name: string, onLoad: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `pantau-${name}-`));
  const manifest = { manifest_version: 3, name, version: '1.0', permissions: ['scripting', 'webNavigation'], host_permissions: ['*://*.makassarkota.go.id/*'], background: { service_worker: 'worker.js' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), `chrome.webNavigation.onCompleted.addListener((d) => { if (d.frameId === 0) { ${onLoad} } }, { url: [{ hostSuffix: 'makassarkota.go.id' }] });\n`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export default defineBench({
  name: 'injection-floor',
  browser: true,
  async run() {
    const server = await startCityServer({ '*': { html: pemdaPage(Date.now()) } });
    const listen = writeExtension('listen-only', '');
    const inject = writeExtension('inject-empty', 'chrome.scripting.executeScript({ target: { tabId: d.tabId }, func: () => 1 });');
    const browsers = [
      { label: 'listen', ...(await launchChromium({ hostResolverRules: LOOPBACK_RULES, extensionDirs: [listen.dir] })) },
      { label: 'inject', ...(await launchChromium({ hostResolverRules: LOOPBACK_RULES, extensionDirs: [inject.dir] })) },
    ];
    const task: Record<string, number[]> = { listen: [], inject: [] };
    try {
      for (let round = -WARMUP; round < ROUNDS; round++) {
        for (const browser of round % 2 === 0 ? browsers : [...browsers].reverse()) {
          const page = await browser.context.newPage();
          const cdp = await browser.context.newCDPSession(page);
          await cdp.send('Performance.enable');
          const taskMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
          const before = await taskMs();
          await page.goto(server.url(`pemda-${round + WARMUP}-${browser.label}.makassarkota.go.id`, '/'), { waitUntil: 'load' });
          await page.waitForTimeout(SETTLE_MS);
          const after = await taskMs();
          if (round >= 0) task[browser.label]!.push(after >= before ? after - before : after);
          await page.close();
        }
      }
    } finally {
      for (const browser of browsers) await browser.close();
      listen.remove();
      inject.remove();
      await server.close();
    }
    const [listening, injecting] = [median(task.listen!), median(task.inject!)];
    return [
      { figure: `pemda page task time, extension that only listens / that injects an empty function (medians, n=${ROUNDS})`, value: `${ms(listening)} / ${ms(injecting)}` },
      { figure: 'cost of one empty isolated-world injection to the page (difference of medians)', value: `${ms(injecting - listening)} (${(injecting / listening).toFixed(2)}×)` },
    ];
  },
});
