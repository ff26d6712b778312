/** The webNavigation fields the error-page check reads. */
export interface NavigationMark {
  tabId: number;
  frameId: number;
  url: string;
  timeStamp?: number;
}

/**
 * Firefox shows its network error page by committing it under the URL that failed: webNavigation
 * fires onErrorOccurred and then onCommitted for the same tab and URL, with no onBeforeNavigate in
 * between (observed in Firefox ESR 153; Chrome commits no such page). Taken as a commit, every
 * failed visit in Firefox also counted as a successful one, and the "ok" coming last overwrote the
 * failure: a dead city site looked alive (tests/e2e-firefox/core-scenario.e2e.test.ts).
 *
 * This remembers, per tab, the last top-level navigation that failed, until the tab starts another
 * navigation, so the commit that follows a failure without a new navigation is recognised as the
 * error page. Memory only, on purpose: the two events are milliseconds apart in one background
 * turn, and a mark lost to a restart costs at most the old double count. `maxAgeMs` bounds a mark
 * whose tab never navigated again (browser time stamps, so a busy background does not matter).
 */
export function createErrorPageCommits(maxAgeMs = 10_000, now: () => number = Date.now) {
  const failed = new Map<number, { url: string; at: number; recorded: Promise<unknown> }>();
  const at = (details: NavigationMark) => details.timeStamp ?? now();

  return {
    /** onBeforeNavigate: the tab starts a new navigation, so its next commit is a real page. */
    started(details: NavigationMark): void {
      if (details.frameId === 0) failed.delete(details.tabId);
    },
    /** onErrorOccurred: the tab's top-level navigation failed; `recorded` settles once it is stored. */
    failed(details: NavigationMark, recorded: Promise<unknown> = Promise.resolve()): void {
      if (details.frameId === 0) failed.set(details.tabId, { url: details.url, at: at(details), recorded });
    },
    /**
     * onCommitted: when this commit is the browser's error page for the failure just seen in the
     * tab, the promise of that failure's recording (settled, never rejected); otherwise null.
     * Either way the tab's mark is used up.
     */
    errorPageOf(details: NavigationMark): Promise<void> | null {
      if (details.frameId !== 0) return null;
      const mark = failed.get(details.tabId);
      failed.delete(details.tabId);
      if (mark === undefined || mark.url !== details.url || at(details) - mark.at > maxAgeMs) return null;
      return mark.recorded.then(
        () => undefined,
        () => undefined,
      );
    },
  };
}
