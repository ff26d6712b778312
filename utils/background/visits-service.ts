import type { PantauDatabase } from '../db/open-db';
import { ALLOWED_DOMAINS, INSPECTED_DOMAINS } from '../domains/allowed-domains';
import { cityHostFromUrl, sanitiseUrl } from '../domains/host-match';
import type { BadgeState } from '../findings/badge';
import { reinspectHoursOf, shouldInspect } from '../inspection/inspect-policy';
import type { RegistryProvider } from '../registry/registry-in-force';
import { storeLoadEnd, storeOpenDocument, storeVisit, uncountedDocuments, type EventView, type OpenDocument } from '../visits/event-store';
import type { HostRecord } from '../visits/host-record';
import { createErrorPageCommits } from '../visits/error-page-commits';
import { siteFailureName } from '../visits/net-errors';
import { badgeOf, createTabBadges } from '../visits/tab-badges';
import type { RecordingAlarm } from './recording-alarm';

/** A webNavigation event's fields that Pantau reads. */
export interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
  timeStamp?: number;
  error?: string;
  /** Chromium's id of the document (onCommitted, onCompleted); absent in Firefox. */
  documentId?: string;
}

export interface VisitsServiceDeps {
  getDb: () => Promise<PantauDatabase>;
  registry: RegistryProvider;
  now: () => number;
  /** Applies a badge to one tab; the background passes the browser action API. */
  setBadge: (tabId: number, badge: BadgeState) => Promise<void>;
  /** Reads a tab's title (host permission makes it visible for city pages only). */
  getTabTitle: (tabId: number) => Promise<string | undefined>;
  /**
   * Starts the page inspection in a tab whose inspected city page finished loading (the
   * background injects the inspector; optional in tests).
   */
  inspectPage?: (tabId: number) => Promise<unknown>;
  /** Tells the user when visits cannot be saved (utils/background/recording-alarm.ts); optional in tests. */
  recordingAlarm?: Pick<RecordingAlarm, 'failed' | 'succeeded'>;
}

/**
 * Navigation events to stored visits: a committed top-level page on a watched city host is a visit,
 * a network error a failed one, a finished load keeps the title and may have the page read.
 *
 * Each event does its storage work in ONE transaction that begins as soon as the event arrives
 * (visits/event-store.ts): the host is taken from memory (the domains Pantau may ever watch) and
 * the stored watched domains are checked inside the visit's own transaction, so a worker stopped
 * mid-event has stored the visit or nothing (issue 10, fault 4); a document whose commit was lost
 * is counted at its load's end. The badge is set from what the event read plus the registry
 * snapshot of that revision, and only when it changes (one badge update per load).
 */
export function createVisitsService(deps: VisitsServiceDeps) {
  const { now } = deps;
  const alarm = deps.recordingAlarm;
  const badges = createTabBadges(deps.setBadge);

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

  /** Sets a tab's badge from what an event's own transaction read, if it changed. */
  async function showBadge(tabId: number, host: string, view: EventView & { record: HostRecord | null }): Promise<void> {
    if (tabId < 0) return;
    const context = await deps.registry.at(view.registryRevision, view.domains);
    await badges.show(tabId, badgeOf(context.index, host, view.record, view.inspection, view.settings));
  }

  /** The host of a top-level event under a domain Pantau may ever watch, from memory alone. */
  const allowedHost = (details: NavigationDetails) => (details.frameId === 0 ? cityHostFromUrl(details.url, ALLOWED_DOMAINS) : null);

  /** Records a visit (ok or failed) of a watched host and updates the tab's badge. */
  async function visit(details: NavigationDetails, outcome: 'ok' | 'error', error: string | null): Promise<HostRecord | null> {
    const host = allowedHost(details);
    if (host === null) return null;
    const documentId = outcome === 'ok' ? details.documentId : undefined;
    const stored = await recording(async () =>
      storeVisit(await deps.getDb(), { host, url: sanitiseUrl(details.url), time: now(), outcome, error, tabId: details.tabId, ...(documentId === undefined ? {} : { documentId }) }),
    );
    if (stored === null) return null;
    badges.newLoad(details.tabId);
    await showBadge(details.tabId, host, stored);
    return stored.record;
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
    const host = allowedHost(details);
    if (host === null) return null;
    await errorPage; // the failure is stored first, so the badge shows it
    // No title and no document id: this transaction only reads what the badge needs.
    const view = await storeLoadEnd(await deps.getDb(), host, null, undefined);
    if (view === null) return null;
    badges.newLoad(details.tabId);
    await showBadge(details.tabId, host, view);
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
   * A city page finished loading: keep its (cleaned) title from the tab, count its visit if its
   * commit was lost, and have the page read when the inspect-once policy says it is worth it
   * (inspection/inspect-policy.ts). The inspector reports the title too (onPageInspected);
   * whichever comes last wins, both are the same page's.
   */
  async function onCompleted(details: NavigationDetails): Promise<HostRecord | null> {
    const host = allowedHost(details);
    if (host === null) return null;
    const url = sanitiseUrl(details.url);
    const title = deps.getTabTitle(details.tabId).catch(() => undefined);
    const late = details.documentId === undefined ? undefined : { documentId: details.documentId, time: now() };
    // The decision first, so the inspector reaches this page before the user moves on; the title
    // (a browser call) is written after, and only when it changed (none on a repeat visit).
    const ended = await recording(async () => storeLoadEnd(await deps.getDb(), host, url, undefined, late, details.tabId));
    if (ended === null) return null;
    // After the load, so the inspection never delays the page (see entrypoints/inspector.ts).
    if (deps.inspectPage !== undefined && cityHostFromUrl(details.url, INSPECTED_DOMAINS) !== null) {
      if (shouldInspect(ended.inspection, url, now(), reinspectHoursOf(ended.settings)).inspect) void deps.inspectPage(details.tabId);
    }
    const tabTitle = await title;
    const titled = tabTitle === undefined || ended.record === null || (ended.record.lastTitle === tabTitle && ended.record.lastUrl === url)
      ? ended
      : ((await recording(async () => storeLoadEnd(await deps.getDb(), host, url, tabTitle, undefined, details.tabId))) ?? ended);
    if (ended.counted) badges.newLoad(details.tabId);
    await showBadge(details.tabId, host, titled);
    return titled.record;
  }

  /**
   * A worker started: a document open in a city tab that no event counted (its commit and its
   * load's end were both in flight when a worker was stopped) is counted now, once, with the tab's
   * title and badge. Returns how many were counted.
   */
  async function recoverOpenDocuments(documents: readonly OpenDocument[]): Promise<number> {
    let counted = 0;
    const city = documents.flatMap((open) => {
      const host = cityHostFromUrl(open.url, ALLOWED_DOMAINS);
      return host === null ? [] : [{ ...open, host }];
    });
    for (const open of await uncountedDocuments(await deps.getDb(), city)) {
      const { host } = open;
      const event = { host, url: sanitiseUrl(open.url), time: now(), outcome: 'ok' as const, error: null, tabId: open.tabId, documentId: open.documentId };
      const stored = await recording(async () => storeOpenDocument(await deps.getDb(), event, open.title));
      if (stored === null) continue;
      counted += 1;
      badges.newLoad(open.tabId);
      await showBadge(open.tabId, host, stored);
    }
    return counted;
  }

  return { onBeforeNavigate, onCommitted, onErrorOccurred, onCompleted, recoverOpenDocuments, showBadge };
}
