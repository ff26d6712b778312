import { navigationFilters } from '../domains/domain-rules';

/** A webNavigation event as Pantau uses it: listeners with a URL filter. */
export interface FilteredEvent<T> {
  addListener(callback: (details: T) => void, filter?: { url: Array<{ hostEquals?: string; hostSuffix?: string }> }): void;
}

export interface NavigationEvents<T> {
  /** Lets the service tell Firefox's error-page commit from a new page (utils/visits/error-page-commits.ts). */
  onBeforeNavigate: FilteredEvent<T>;
  onCommitted: FilteredEvent<T>;
  onErrorOccurred: FilteredEvent<T>;
  onCompleted: FilteredEvent<T>;
}

export type NavigationHandlers<T> = Record<keyof NavigationEvents<T>, (details: T) => void>;

/**
 * The webNavigation listeners, with URL filters that follow the watched domains.
 *
 * Chrome fixes a filter when the listener is added, and an MV3 worker must add its listeners
 * synchronously in its first turn (or miss the event that woke it), before it can read the stored
 * list. So the background calls `listen(ALLOWED_DOMAINS)` once at start-up: the broadest filter
 * Pantau is ever allowed (the default domain plus the optional ones the manifest declares, all of
 * them city domains), and never narrows it: re-adding listeners at every worker start let Chromium
 * deliver a navigation to no listener (a visit lost in tests/e2e/worker-chaos.e2e.test.ts).
 * Filters only decide when the worker wakes: the service checks every event's host against the
 * stored list again (background/visits-service.ts), so an event for a domain not watched is dropped.
 */
export function createNavigationListeners<T>(events: NavigationEvents<T>, handlers: NavigationHandlers<T>) {
  const names = ['onBeforeNavigate', 'onCommitted', 'onErrorOccurred', 'onCompleted'] as const;

  /** Registers the four listeners with the URL filter of `domains` (once, at start-up). */
  function listen(domains: readonly string[]): void {
    const filter = navigationFilters(domains);
    for (const name of names) events[name].addListener(handlers[name], filter);
  }

  return { listen };
}
