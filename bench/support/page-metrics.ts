import type { BrowserContext, Page } from 'playwright-core';

/** What one page load cost its renderer, from CDP Performance metrics, in milliseconds. */
export interface LoadCost<T> {
  /** Main-thread task time of the page's renderer from before the navigation to the end of the wait. */
  taskMs: number;
  /** JavaScript run and compiled in the page (ScriptDuration + V8CompileDuration), same span. */
  scriptMs: number;
  /** What `read` returned, read in the page before it closed. */
  read: T;
}

/**
 * Loads `url` in a new tab of `context`, waits `settleMs` after the load event (so work an
 * extension does after the load, such as an inspection, falls inside), and returns the renderer's
 * task and script time over that span. A renderer swapped during the navigation starts its counters
 * again, so then the count after is the whole cost. `read` runs on the page before it is closed.
 */
export async function measureLoad<T = undefined>(
  context: BrowserContext,
  url: string,
  settleMs: number,
  read?: (page: Page) => Promise<T>,
): Promise<LoadCost<T>> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => {
      const all = (await cdp.send('Performance.getMetrics')).metrics;
      const value = (name: string) => (all.find((m) => m.name === name)?.value ?? 0) * 1000;
      return { task: value('TaskDuration'), script: value('ScriptDuration') + value('V8CompileDuration') };
    };
    const before = await metrics();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    const after = await metrics();
    const swapped = after.task < before.task;
    return {
      taskMs: swapped ? after.task : after.task - before.task,
      scriptMs: swapped ? after.script : after.script - before.script,
      read: (read === undefined ? undefined : await read(page)) as T,
    };
  } finally {
    await page.close();
  }
}
