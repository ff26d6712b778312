/**
 * What Pantau costs a city page, as the page pays it, measured side by side in one run against
 * a browser with no extension and one with a do-nothing extension (the noise floor): page task
 * time (CDP Performance.getMetrics TaskDuration, read SETTLE ms after the load event, so the
 * inspection after the load is counted) and load time (navigation start → load event end), on
 * the 47 kB pemda-style WordPress page. Two kinds of load each round: a first visit (a host never
 * seen) and REPEATS repeat visits (the same host, inspected in the warm-up). The browsers
 * take turns going first. Ratios are of medians; the spread is the 25th–75th percentile of the
 * per-round ratios, so a reader sees how much of a ratio is the machine. Beside the ratios, the
 * JavaScript the page's renderer ran (CDP ScriptDuration + V8CompileDuration, every world): with
 * no extension the page runs none, so whatever a browser shows there is its extension's.
 *
 * Also: the longest slice the inspector held the page for (its own report), and long tasks
 * (> 50 ms, Long Tasks API) after the load event on a 120,000-element page, where the page itself
 * runs nothing after its load, so any is Pantau's.
 *
 * BENCH_BASELINE_DIR=<an earlier build> adds that build as a fourth browser ("before").
 */
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../scripts/lib/chromium';
import { startCityServer } from '../scripts/lib/city-server';
import { hugeDomPage, pemdaPage } from '../scripts/lib/page-corpus';
import { measureLoad } from './support/page-metrics';
import { defineBench, median, ms, percentile, type BenchRow } from './support/bench';
import { BASELINE_DIR, LOOPBACK_RULES, launchPantau, sendFrom, writeDoNothingExtension } from './support/browser';

const ROUNDS = Number(process.env.BENCH_COST_ROUNDS ?? 12);
const WARMUP = 3;
const HUGE_ROUNDS = Number(process.env.BENCH_HUGE_ROUNDS ?? 4);
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 2500);
/**
 * Repeat visits are loaded this many times a round: nothing is injected in them, so their
 * difference to no extension is small beside this machine's noise, and only many loads show it.
 */
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
/** A repeat visit injects nothing: a second covers the worker's work after the load. */
const REPEAT_SETTLE_MS = Number(process.env.BENCH_REPEAT_SETTLE_MS ?? 1000);

interface Load {
  taskMs: number;
  /** JavaScript run in the page's renderer, any world (CDP ScriptDuration + V8CompileDuration). */
  scriptMs: number;
  loadMs: number;
  longTasksAfterLoad: number[];
}

interface Contender {
  label: string;
  context: BrowserContext;
  /** Waits (untimed) until Pantau stored the visit; returns the inspection's longest slice, if any. */
  after?: (url: string, inspected: boolean) => Promise<number | null>;
  close(): Promise<void>;
}

declare const window: { __pantauBenchLongTasks: Array<[number, number]> };

/** Collects the page's long tasks from its start (main world; the same in every browser). */
function watchLongTasks(): void {
  window.__pantauBenchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__pantauBenchLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

async function loadOnce(contender: Contender, url: string, inspected: boolean, settleMs = SETTLE_MS): Promise<Load & { slice: number | null }> {
  const { taskMs, scriptMs, read } = await measureLoad(contender.context, url, settleMs, async (page) => {
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        loadMs: nav.loadEventEnd - nav.startTime,
        longTasksAfterLoad: window.__pantauBenchLongTasks.filter(([start]) => start >= nav.loadEventEnd).map(([, duration]) => duration),
      };
    });
    // Read while the page is still open: an inspection still under way needs it.
    return { ...timing, slice: contender.after === undefined ? null : await contender.after(url, inspected) };
  });
  return { taskMs, scriptMs, ...read };
}

async function pantauContender(label: string, dir?: string): Promise<Contender> {
  const pantau = await launchPantau([], dir);
  await pantau.context.addInitScript(watchLongTasks);
  return {
    label,
    context: pantau.context,
    async after(url, inspected) {
      for (let i = 0; i < 400; i++) {
        const reply = await sendFrom(pantau.probe, { type: 'getSiteCard', url });
        const card = reply.value as { record?: unknown; inspection?: { longestSliceMs?: number | null; scanMs?: number | null; pageCheckedAt?: number | null } | null } | undefined;
        const page = card?.inspection;
        if (card?.record && (!inspected || page?.pageCheckedAt != null)) {
          // Builds before slicing stored no longestSliceMs: their walk was one slice (scanMs).
          return page?.longestSliceMs ?? page?.scanMs ?? null;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      return null;
    },
    close: pantau.close,
  };
}

async function plainContender(label: string, extensionDirs: string[]): Promise<Contender> {
  const browser = await launchChromium({ hostResolverRules: LOOPBACK_RULES, extensionDirs });
  await browser.context.addInitScript(watchLongTasks);
  return { label, context: browser.context, close: browser.close };
}

const ratio = (a: readonly number[], b: readonly number[]) => median(a) / median(b);
/** 25th–75th percentile of the per-round ratios a[i] / b[i]. */
function spread(a: readonly number[], b: readonly number[]): string {
  const per = a.map((value, i) => value / b[i]!);
  return `${percentile(per, 25).toFixed(2)}–${percentile(per, 75).toFixed(2)}`;
}

export default defineBench({
  name: 'city-page-cost',
  browser: true,
  async run() {
    const now = Date.now();
    const hugeHtml = hugeDomPage(now);
    const hugeHost = (round: number) => `raksasa-${round}.makassarkota.go.id`;
    const server = await startCityServer({
      '*': { html: pemdaPage(now) },
      ...Object.fromEntries(Array.from({ length: HUGE_ROUNDS }, (_, round) => [hugeHost(round), { html: hugeHtml }])),
    });
    const noop = writeDoNothingExtension();
    const contenders: Contender[] = [];
    try {
      contenders.push(await plainContender('no extension', []));
      contenders.push(await plainContender('do-nothing extension', [noop.dir]));
      contenders.push(await pantauContender('Pantau'));
      if (BASELINE_DIR !== null) contenders.push(await pantauContender('Pantau before', BASELINE_DIR));
      const kinds = ['first', 'repeat'] as const;
      const loads = new Map(contenders.map((c) => [c.label, { first: [] as Load[], repeat: [] as Load[] }]));
      const slices = new Map(contenders.map((c) => [c.label, [] as number[]]));

      for (let round = -WARMUP; round < ROUNDS; round++) {
        for (const kind of kinds) {
          const url = server.url(kind === 'repeat' ? 'pemda-ulang.makassarkota.go.id' : `pemda-baru-${round + WARMUP}.makassarkota.go.id`, '/');
          for (let again = 0; again < (kind === 'repeat' ? REPEATS : 1); again++) {
            for (let k = 0; k < contenders.length; k++) {
              const contender = contenders[(k + again + round + WARMUP) % contenders.length]!;
              const load = await loadOnce(contender, url, kind === 'first', kind === 'repeat' ? REPEAT_SETTLE_MS : SETTLE_MS);
              if (round < 0) continue;
              loads.get(contender.label)![kind].push(load);
              if (kind === 'first' && load.slice !== null) slices.get(contender.label)!.push(load.slice);
            }
          }
        }
      }

      // The huge page: long tasks after its load, per browser.
      const huge = new Map(contenders.map((c) => [c.label, { longTasks: 0, longest: 0, slices: [] as number[] }]));
      for (let round = 0; round < HUGE_ROUNDS; round++) {
        for (let k = 0; k < contenders.length; k++) {
          const contender = contenders[(k + round) % contenders.length]!;
          // A new host each round, so Pantau inspects every time.
          const load = await loadOnce(contender, server.url(hugeHost(round), '/'), true);
          const stats = huge.get(contender.label)!;
          stats.longTasks += load.longTasksAfterLoad.length;
          stats.longest = Math.max(stats.longest, ...load.longTasksAfterLoad, 0);
          if (load.slice !== null) stats.slices.push(load.slice);
        }
      }

      const rows: BenchRow[] = [];
      const base = loads.get('no extension')!;
      for (const contender of contenders.slice(1)) {
        const mine = loads.get(contender.label)!;
        for (const kind of kinds) {
          const task = [mine[kind].map((l) => l.taskMs), base[kind].map((l) => l.taskMs)] as const;
          const load = [mine[kind].map((l) => l.loadMs), base[kind].map((l) => l.loadMs)] as const;
          const goal = contender.label.startsWith('Pantau') ? (kind === 'repeat' ? 1.05 : 1.15) : undefined;
          const what = kind === 'first' ? 'first visit of a host' : 'repeat visit (host inspected recently)';
          rows.push({
            figure: `${contender.label}, ${what}: page task time ratio to no extension (medians ${ms(median(task[0]))} / ${ms(median(task[1]))}; per-round p25–p75 ${spread(...task)}; n=${task[0].length})`,
            value: `${ratio(...task).toFixed(3)}×`,
            ...(goal === undefined ? {} : { goal: `≤ ${goal.toFixed(2)}×`, met: ratio(...task) <= goal }),
          });
          rows.push({
            figure: `${contender.label}, ${what}: load ratio to no extension (medians ${ms(median(load[0]))} / ${ms(median(load[1]))}; p25–p75 ${spread(...load)})`,
            value: `${ratio(...load).toFixed(3)}×`,
            ...(goal === undefined || kind === 'first' ? {} : { goal: '≤ 1.05×', met: ratio(...load) <= 1.05 }),
          });
          // What the extension itself ran in the page: 0 in a browser with none, so any is its own.
          const script = mine[kind].map((l) => l.scriptMs);
          rows.push({
            figure: `${contender.label}, ${what}: JavaScript run in the page's renderer, median / max (no extension: ${ms(median(base[kind].map((l) => l.scriptMs)))})`,
            value: `${ms(median(script))} / ${ms(Math.max(...script))}`,
          });
        }
        const mySlices = slices.get(contender.label)!;
        if (mySlices.length > 0) {
          rows.push({
            figure: `${contender.label}: longest inspector slice on the pemda page, median / max (n=${mySlices.length})`,
            value: `${ms(median(mySlices))} / ${ms(Math.max(...mySlices))}`,
            goal: '≤ 10 ms',
            met: median(mySlices) <= 10,
          });
        }
      }
      for (const contender of contenders) {
        const stats = huge.get(contender.label)!;
        const isPantau = contender.label.startsWith('Pantau');
        rows.push({
          figure: `${contender.label}: long tasks (> 50 ms) after the load of the 120,000-element page, in ${HUGE_ROUNDS} loads${stats.slices.length > 0 ? `; longest slice ${ms(Math.max(...stats.slices))}` : ''}`,
          value: `${stats.longTasks}${stats.longTasks > 0 ? ` (longest ${ms(stats.longest)})` : ''}`,
          ...(isPantau ? { goal: '0', met: stats.longTasks === 0 } : {}),
        });
      }
      return rows;
    } finally {
      for (const contender of contenders) await contender.close();
      noop.remove();
      await server.close();
    }
  },
});
