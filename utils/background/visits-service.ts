import type { PantauDatabase } from '../db/open-db';
import { ALLOWED_DOMAINS, INSPECTED_DOMAINS } from '../domains/allowed-domains';
import { cityHostFromUrl, sanitiseUrl } from '../domains/host-match';
import type { BadgeState } from '../findings/badge';
import type { RegistryContext, RegistryProvider } from '../registry/registry-in-force';
import type { HostRecord } from '../visits/host-record';
import { createErrorPageCommits } from '../visits/error-page-commits';
import { siteFailureName } from '../visits/net-errors';
import { recordTitle, recordVisit } from '../visits/visit-recorder';
import type { RecordingAlarm } from './recording-alarm';
import type { SiteViewService } from './site-view-service';

/** A webNavigation event's fields that Pantau reads. */
export interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
  timeStamp?: number;
  error?: string;
}

export interface VisitsServiceDeps {
  getDb: () => Promise<PantauDatabase>;
  registry: RegistryProvider;
  siteView: Pick<SiteViewService, 'cardFor'>;
  now: () => number;
  /** Applies a badge to one tab; the background passes the browser action API. */
  setBadge: (tabId: number, badge: BadgeState) => Promise<void>;
  /** Reads a tab's title (host permission makes it visible for city pages only). */
  getTabTitle: (tabId: number) => Promise<string | undefined>;
  /**
   * Starts the page inspection in a tab whose inspected city page finished loading (the
   * background injects the content script; optional in tests).
   */
  inspectPage?: (tabId: number) => Promise<unknown>;
  /** Tells the user when visits cannot be saved (utils/background/recording-alarm.ts); optional in tests. */
  recordingAlarm?: Pick<RecordingAlarm, 'failed' | 'succeeded'>;
}

/**
 * Navigation events to stored visits: a committed top-level page on a watched city host is a visit,
 * a network error a failed one, a finished load keeps the title; each updates the tab's badge.
 */
export function createVisitsService(deps: VisitsServiceDeps) {
  const { now } = deps;
  const alarm = deps.recordingAlarm;

  /**
   * Runs one recording write. A failure raises the alarm (and is rethrown for the log); a success
   * clears it, which is how "recording resumes when space returns" reaches the user. An alarm that
   * cannot be set must not hide the original error.
   */
  async function recording<T>(write: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await write();
    } catch (error) {
      await alarm?.failed(error).catch(() => {});
      throw error;
    }
    await alarm?.succeeded().catch(() => {});
    return result;
  }

  /**
   * The city host of a top-level event under a watched domain, with the registry in force. Hosts
   * outside every domain Pantau may ever watch are dropped before storage is touched (a broad
   * start-up filter can let them through); the stored list then decides.
   */
  async function watchedHost(details: NavigationDetails): Promise<{ host: string; context: RegistryContext } | null> {
    if (details.frameId !== 0 || cityHostFromUrl(details.url, ALLOWED_DOMAINS) === null) return null;
    const context = await deps.registry.current();
    const host = cityHostFromUrl(details.url, context.domains);
    return host === null ? null : { host, context };
  }

  async function refreshBadge(tabId: number, host: string, record?: HostRecord | null): Promise<void> {
    await deps.setBadge(tabId, (await deps.siteView.cardFor(await deps.registry.current(), host, record)).badge);
  }

  /** Records a visit (ok or failed) of a watched host and updates the tab's badge. */
  async function visit(details: NavigationDetails, outcome: 'ok' | 'error', error: string | null): Promise<HostRecord | null> {
    const watched = await watchedHost(details);
    if (watched === null) return null;
    const { host, context } = watched;
    const record = await recording(async () =>
      recordVisit(await deps.getDb(), { host, url: sanitiseUrl(details.url), time: now(), outcome, error }),
    );
    await deps.setBadge(details.tabId, (await deps.siteView.cardFor(context, host, record)).badge);
    return record;
  }

  const errorPages = createErrorPageCommits();

  /** A top-level navigation starts: whatever commits next in the tab is a page of its own. */
  function onBeforeNavigate(details: NavigationDetails): void {
    errorPages.started(details);
  }

  /**
   * A top-level page committed on some host: record a successful visit if it is a city host. The
   * commit of Firefox's error page for a failure just recorded is no visit; the tab's badge is
   * set again, as the commit reset it.
   */
  async function onCommitted(details: NavigationDetails): Promise<HostRecord | null> {
    const errorPage = errorPages.errorPageOf(details); // before any await: the next event may follow at once
    if (errorPage === null) return visit(details, 'ok', null);
    const watched = await watchedHost(details);
    if (watched === null) return null;
    await errorPage; // the failure is stored first, so the badge shows it
    await deps.setBadge(details.tabId, (await deps.siteView.cardFor(watched.context, watched.host)).badge);
    return null;
  }

  /** A top-level navigation failed: a network error on a city host is a failed visit. */
  function onErrorOccurred(details: NavigationDetails): Promise<HostRecord | null> {
    const error = siteFailureName(details.error);
    const recorded = error === null ? Promise.resolve(null) : visit(details, 'error', error);
    errorPages.failed(details, recorded); // any failure, in this turn: Firefox commits its error page right after
    return recorded;
  }

  /**
   * A city page finished loading: keep its (cleaned) title from the tab. The content script
   * reports the title too (onPageInspected); whichever comes last wins, both are the same page's.
   */
  async function onCompleted(details: NavigationDetails): Promise<HostRecord | null> {
    const watched = await watchedHost(details);
    if (watched === null) return null;
    const { host } = watched;
    // After the load, so the inspection never delays the page (see entrypoints/inspector.content.ts).
    if (deps.inspectPage !== undefined && cityHostFromUrl(details.url, INSPECTED_DOMAINS) !== null) {
      void deps.inspectPage(details.tabId);
    }
    const title = await deps.getTabTitle(details.tabId).catch(() => undefined);
    return recording(async () => recordTitle(await deps.getDb(), host, sanitiseUrl(details.url), title));
  }

  return { onBeforeNavigate, onCommitted, onErrorOccurred, onCompleted, refreshBadge };
}
