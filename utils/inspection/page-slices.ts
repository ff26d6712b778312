import type { PageReading } from './page-reading';
import type { PageWalk, SampleLimits } from './page-sample';

/**
 * Running the page walk in slices, so Pantau never holds a city page's main thread: each slice
 * works for at most SLICE_MS (or what is left of an idle period, if less), then hands the thread
 * back until the page is idle again. The walk's time budget counts only the slices' own time:
 * a busy page makes the inspection take longer, never read less.
 */

/** The most one slice works before it yields (a long task is > 50 ms; a frame is ~16 ms). */
export const SLICE_MS = 4;
/** How long a busy page may put off the next slice before it runs anyway. */
const SLICE_IDLE_TIMEOUT_MS = 1_000;

/** Rounds a duration to hundredths of a millisecond, as stored (scanMs, longestSliceMs). */
export const hundredths = (value: number) => Math.round(value * 100) / 100;

/** Waits until the page can spare the thread; resolves with how long the next slice may work. */
export type YieldToPage = () => Promise<number>;

/** What the slices cost the page: how many, the longest one, and their total (the walk and its analysis). */
export interface SliceReport {
  slices: number;
  longestSliceMs: number;
  workMs: number;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * The best way this browser offers to wait for the page: an idle callback (its deadline bounds
 * the slice), else `scheduler.yield()`, else a zero timeout.
 */
export function pageYielder(win: Pick<Window, 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>> & { scheduler?: SchedulerLike } = window): YieldToPage {
  if (typeof win.requestIdleCallback === 'function') {
    const idle = win.requestIdleCallback.bind(win);
    return () =>
      new Promise<number>((resolve) =>
        idle((deadline) => resolve(deadline.didTimeout ? SLICE_MS : Math.max(1, Math.min(SLICE_MS, deadline.timeRemaining()))), {
          timeout: SLICE_IDLE_TIMEOUT_MS,
        }),
      );
  }
  const scheduler = win.scheduler;
  if (typeof scheduler?.yield === 'function') {
    const next = scheduler.yield.bind(scheduler);
    return () => next().then(() => SLICE_MS);
  }
  return () => new Promise<number>((resolve) => win.setTimeout(() => resolve(SLICE_MS), 0));
}

/**
 * Advances `walk` one slice at a time until it is over or `limits.timeBudgetMs` of slice time is
 * spent, yielding to the page before every slice but the first; then gathering the reading runs as
 * one more slice, or within the first slice when the page was read in it with time to spare. The
 * reading is analysed in the worker, not here. `clock` is injectable for tests.
 */
export async function walkInSlices(
  walk: PageWalk,
  limits: Pick<SampleLimits, 'timeBudgetMs'>,
  yieldToPage: YieldToPage,
  clock: () => number = () => performance.now(),
): Promise<{ reading: PageReading; report: SliceReport }> {
  const report: SliceReport = { slices: 0, longestSliceMs: 0, workMs: 0 };
  let held = 0;
  /**
   * What the walk's slices have spent of the time budget. A slice looks at the clock every few
   * dozen nodes, so it can overrun its allotment only by that much work; a slice that took far
   * longer was paused (the system descheduled the page's thread, a garbage collection ran) and
   * that time is not the walk's: it counts SLICE_MS past the allotment at most. Without this, one
   * pause on a busy machine cut a page's reading short (the first page a fresh browser read took
   * 38.6 ms for a 4 ms slice, and lost its footer). The node and text bounds still hold.
   */
  let budgetSpent = 0;
  /** Runs `work` as a new slice, or as more of the slice just run (`more`), and accounts for it. */
  const timed = <R>(work: () => R, more = false, allotted = Infinity): R => {
    const start = clock();
    const value = work();
    const spent = clock() - start;
    budgetSpent += Math.min(spent, allotted + SLICE_MS);
    if (!more) report.slices += 1;
    held = more ? held + spent : spent;
    report.workMs += spent;
    report.longestSliceMs = Math.max(report.longestSliceMs, held);
    return value;
  };
  for (;;) {
    const left = limits.timeBudgetMs - budgetSpent;
    if (left <= 0) {
      walk.stop();
      break;
    }
    // The first slice runs at once: the caller has just waited for an idle moment (whenPageIdle).
    const slice = Math.min(report.slices === 0 ? SLICE_MS : await yieldToPage(), left);
    if (timed(() => walk.step(clock() + slice), false, slice)) break;
  }
  // A page read in one slice is finished in it (a small page costs one short hold, and a page the
  // user leaves at once still gets read); otherwise gathering the reading is one more slice.
  const small = report.slices === 1 && held < SLICE_MS;
  if (!small) await yieldToPage();
  const reading = timed(() => walk.finish(), small);
  return { reading, report };
}
