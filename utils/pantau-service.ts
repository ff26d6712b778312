import { badgeFor, type BadgeState } from './badge';
import type { PantauDatabase } from './db/open-db';
import { buildExport } from './export/build-export';
import { computeFindings } from './findings';
import type { HostRecord } from './host-record';
import { cityHostFromUrl, isUnderDomain, sanitiseUrl } from './host-match';
import type { FetchLike } from './http/read-body';
import { getInspectionRecord } from './inspection/inspection-store';
import { createInspectionService, type ResponseDetails } from './inspection/inspection-service';
import { inspectionView } from './inspection/inspection-view';
import { storeSweepResult } from './sweep/sweep-store';
import {
  CONTENT_SCRIPT_TYPES,
  cityContentScriptHost,
  isOwnPage,
  parseRequest,
  type MessageSenderLike,
  type Overview,
  type Reply,
  type Request,
  type ResponseMap,
  type SiteCard,
} from './messages';
import { siteFailureName } from './net-errors';
import { getDraft, getProposal, listProposals } from './proposals/proposal-store';
import type { RecordingAlarm } from './recording-alarm';
import { createRegistryProvider, type RegistryContext, type RegistryProvider } from './registry/registry-in-force';
import type { Registry } from './registry/schema';
import {
  getCollector,
  getInspectionSettings,
  getPreferences,
  saveCollector,
  saveInspectionSettings,
  savePreferences,
} from './settings';
import { isUpkeepRequest } from './upkeep-protocol';
import { createUpkeepService } from './upkeep-service';
import { reinspectHoursOf, shouldInspect } from './inspection/inspect-policy';
import { storeLoadEnd, storeVisit, type EventView } from './visits/event-store';
import { badgeOf, createTabBadges } from './visits/tab-badges';
import { ALLOWED_DOMAINS, WATCHED_DOMAIN } from './watched-domain';
import type { PermissionsApi } from './watched-domains-service';

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

export type { ResponseDetails };

/**
 * Page inspection covers the default city domain: the content script and the webRequest filters
 * are declared in the manifest, which an optional domain cannot extend at run time. Visits on
 * further watched domains are recorded and cross-checked, without inspection.
 */
const INSPECTED_DOMAINS: readonly string[] = [WATCHED_DOMAIN];

export interface PantauServiceDeps {
  getDb: () => Promise<PantauDatabase>;
  /** The registry shipped with this build: in force until an administrator replaces it. */
  bundled: Registry;
  /** The registry in force (default: read from `getDb`, falling back to `bundled`). */
  registry?: RegistryProvider;
  extension: { version: string; browser: string };
  now?: () => number;
  /** Applies a badge to one tab; the background passes the browser action API. */
  setBadge: (tabId: number, badge: BadgeState) => Promise<void>;
  /** Reads a tab's title (host permission makes it visible for city pages only). */
  getTabTitle: (tabId: number) => Promise<string | undefined>;
  /**
   * Starts the page inspection in a tab whose inspected city page finished loading (the
   * background injects the content script; optional in tests).
   */
  inspectPage?: (tabId: number) => Promise<unknown>;
  /** Tells the user when visits cannot be saved (utils/recording-alarm.ts); optional in tests. */
  recordingAlarm?: Pick<RecordingAlarm, 'failed' | 'succeeded' | 'current'>;
  /** The network, for the registry update URL only (default: every download fails). */
  fetchFn?: FetchLike;
  /** Host permissions of optional watched domains (default: none granted). */
  permissions?: PermissionsApi;
  /** The watched domains changed: the background re-registers its navigation filters. */
  onDomainsChanged?: (domains: string[]) => void;
}

/** Who the background is, for checking message senders. */
export interface SelfIdentity {
  extensionId: string;
  extensionOrigin: string;
}

const isWatched = (host: string, domains: readonly string[]) => domains.some((domain) => isUnderDomain(host, domain));

const NO_NETWORK: FetchLike = () => Promise.reject(new TypeError('no network in this context'));
const NO_PERMISSIONS: PermissionsApi = { contains: async () => false, remove: async () => false };

/**
 * Everything the background does, as plain functions of injected dependencies, so it runs in
 * Node tests with fake-indexeddb and no browser. The entrypoint only wires listeners to it.
 */
export function createPantauService(deps: PantauServiceDeps) {
  const now = deps.now ?? Date.now;
  const alarm = deps.recordingAlarm;
  const registry = deps.registry ?? createRegistryProvider({ getDb: deps.getDb, bundled: deps.bundled });
  const upkeep = createUpkeepService({
    getDb: deps.getDb,
    bundled: deps.bundled,
    registry,
    now,
    fetchFn: deps.fetchFn ?? NO_NETWORK,
    permissions: deps.permissions ?? NO_PERMISSIONS,
    onDomainsChanged: deps.onDomainsChanged ?? (() => undefined),
  });

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

  /** The card of a host: registry entry, record, inspection, findings and badge, read in one go. */
  async function cardFor(
    context: RegistryContext,
    host: string,
    known?: HostRecord | null,
  ): Promise<Extract<SiteCard, { kind: 'city' }>> {
    const db = await deps.getDb();
    const [record, stored, settings] = await Promise.all([
      known !== undefined ? known : db.get('hosts', host).then((r) => r ?? null),
      getInspectionRecord(db, host),
      getInspectionSettings(db),
    ]);
    const entry = context.index.lookup(host);
    const inspection = inspectionView(stored);
    const findings = computeFindings(entry, record, inspection, settings);
    return { kind: 'city', host, entry, record, findings, badge: badgeFor(host, entry, record, findings), inspection };
  }

  const badges = createTabBadges(deps.setBadge);

  /**
   * Sets a tab's badge from what an event's own transaction read: the registry index comes from
   * the in-memory snapshot for that revision, so no further storage read is needed; the badge is
   * applied only when it differs from what the tab shows (one badge update per load).
   */
  async function showBadge(tabId: number, host: string, view: EventView & { record: HostRecord | null }): Promise<void> {
    if (tabId < 0) return;
    const context = await registry.at(view.registryRevision, view.domains);
    await badges.show(tabId, badgeOf(context.index, host, view.record, view.inspection, view.settings));
  }

  const inspection = createInspectionService({ getDb: deps.getDb, domains: INSPECTED_DOMAINS, now, showBadge });

  /**
   * The host of a top-level event under a domain Pantau may ever watch, decided from memory
   * alone: the stored list of watched domains is read inside the event's own transaction.
   */
  const allowedHost = (details: NavigationDetails) => (details.frameId === 0 ? cityHostFromUrl(details.url, ALLOWED_DOMAINS) : null);

  /**
   * Records a visit (ok or failed) and sets the tab's badge. The visit's write is the first
   * storage operation after the event (event-store.ts): a worker stopped mid-event loses at most
   * the badge.
   */
  async function visit(details: NavigationDetails, outcome: 'ok' | 'error', error: string | null): Promise<HostRecord | null> {
    const host = allowedHost(details);
    if (host === null) return null;
    const documentId = outcome === 'ok' ? details.documentId : undefined;
    const stored = await recording(async () =>
      storeVisit(await deps.getDb(), { host, url: sanitiseUrl(details.url), time: now(), outcome, error, ...(documentId === undefined ? {} : { documentId }) }),
    );
    if (stored === null) return null;
    badges.newLoad(details.tabId);
    await showBadge(details.tabId, host, stored);
    return stored.record;
  }

  /** A top-level page committed on some host: record a successful visit if it is a city host. */
  const onCommitted = (details: NavigationDetails): Promise<HostRecord | null> => visit(details, 'ok', null);

  /** A top-level navigation failed: a network error on a city host is a failed visit. */
  async function onErrorOccurred(details: NavigationDetails): Promise<HostRecord | null> {
    const error = siteFailureName(details.error);
    return error === null ? null : visit(details, 'error', error);
  }

  /**
   * A city page finished loading: keep its (cleaned) title from the tab, and read the page when
   * the inspect-once policy says it is worth it (inspect-policy.ts). The content script reports
   * the title too (onPageInspected); whichever comes last wins, both are the same page's.
   */
  async function onCompleted(details: NavigationDetails): Promise<HostRecord | null> {
    const host = allowedHost(details);
    if (host === null) return null;
    const url = sanitiseUrl(details.url);
    const title = await deps.getTabTitle(details.tabId).catch(() => undefined);
    // A document the commit did not count (its event lost to a stopped worker) is counted now.
    const late = details.documentId === undefined ? undefined : { documentId: details.documentId, time: now() };
    const ended = await recording(async () => storeLoadEnd(await deps.getDb(), host, url, title, late));
    if (ended === null) return null;
    if (ended.counted) badges.newLoad(details.tabId);
    await showBadge(details.tabId, host, ended);
    // After the load, so the inspection never delays the page (see entrypoints/inspector.ts).
    if (deps.inspectPage !== undefined && cityHostFromUrl(details.url, INSPECTED_DOMAINS) !== null) {
      if (shouldInspect(ended.inspection, url, now(), reinspectHoursOf(ended.settings)).inspect) void deps.inspectPage(details.tabId);
    }
    return ended.record;
  }

  async function siteCard(url: string | null): Promise<SiteCard> {
    const context = await registry.current();
    const host = url === null ? null : cityHostFromUrl(url, context.domains);
    if (host === null) return { kind: 'not-city', domains: context.domains };
    const db = await deps.getDb();
    const [card, proposal, draft] = await Promise.all([cardFor(context, host), getProposal(db, host), getDraft(db, host)]);
    return { ...card, proposal, draft };
  }

  async function overview(): Promise<Overview> {
    const context = await registry.current();
    const db = await deps.getDb();
    // Records of a domain no longer watched stay stored (and come back if it is added again) but are not shown.
    const records = (await db.getAll('hosts')).filter((record) => isWatched(record.host, context.domains));
    return {
      registryVersion: context.info.version,
      registryByStatus: context.index.countsByStatus(),
      registryEntries: context.index.entries.length,
      hostsSeen: records.length,
      unregisteredSeen: records.filter((record) => context.index.lookup(record.host) === null).length,
      records,
      recordingProblem: (await alarm?.current().catch(() => null)) ?? null,
    };
  }

  async function exportData(): Promise<ResponseMap['getExport']> {
    const context = await registry.current();
    const db = await deps.getDb();
    // One read-only transaction, so records, inspections and proposals are of the same moment.
    const tx = db.transaction(['hosts', 'inspections', 'proposals'], 'readonly');
    const [records, inspections] = await Promise.all([tx.objectStore('hosts').getAll(), tx.objectStore('inspections').getAll()]);
    await tx.done;
    const [collector, settings, proposals] = await Promise.all([getCollector(db), getInspectionSettings(db), listProposals(db)]);
    return buildExport({
      records: records.filter((record) => isWatched(record.host, context.domains)),
      inspections,
      settings,
      index: context.index,
      registryVersion: context.info.version,
      domain: context.domains[0] ?? '',
      collector,
      proposals,
      extension: deps.extension,
      now: new Date(now()),
    });
  }

  /** Answers one already-validated request from an extension page. */
  async function handleRequest(request: Request): Promise<Reply<ResponseMap[Request['type']]>> {
    try {
      if (isUpkeepRequest(request)) return { ok: true, value: await upkeep.handle(request) };
      switch (request.type) {
        case 'getSiteCard':
          return { ok: true, value: await siteCard(request.url) };
        case 'getOverview':
          return { ok: true, value: await overview() };
        case 'getExport':
          return { ok: true, value: await exportData() };
        case 'getSettings':
          return { ok: true, value: await getCollector(await deps.getDb()) };
        case 'saveSettings':
          return { ok: true, value: await saveCollector(await deps.getDb(), request.settings) };
        case 'getPreferences':
          return { ok: true, value: await getPreferences(await deps.getDb()) };
        case 'savePreferences':
          return { ok: true, value: await savePreferences(await deps.getDb(), request.preferences) };
        case 'getInspectionSettings':
          return { ok: true, value: await getInspectionSettings(await deps.getDb()) };
        case 'saveInspectionSettings':
          return { ok: true, value: await saveInspectionSettings(await deps.getDb(), request.settings) };
        case 'storeSweepResult': {
          // The dashboard is ours, but the host still has to be a watched one: a sweep touches nothing else.
          const host = cityHostFromUrl(`https://${request.result.host}/`, (await registry.current()).domains);
          if (host !== request.result.host) return { ok: false, code: 'invalid-request', error: 'storeSweepResult: host is not under a watched domain' };
          return { ok: true, value: await storeSweepResult(await deps.getDb(), request.result, request.page, now()) };
        }
        case 'pageInspected':
          // Only content scripts send this, through handleMessage's sender check.
          return { ok: false, code: 'forbidden', error: 'pageInspected is accepted from a city page’s content script only' };
      }
    } catch (error) {
      return replyError(error);
    }
  }

  /**
   * Routes one runtime message by its sender. Extension pages may send any request but
   * `pageInspected`; a content script may send only `pageInspected`, only from the top frame of a
   * tab on the city host it reports about. Anything else gets no answer at all (undefined), so a
   * message from elsewhere learns nothing.
   */
  function handleMessage(message: unknown, sender: MessageSenderLike | undefined, self: SelfIdentity): Promise<Reply<unknown>> | undefined {
    const request = parseRequest(message);
    if (isOwnPage(sender, self.extensionId, self.extensionOrigin)) {
      if (request === null) return Promise.resolve({ ok: false, code: 'invalid-request', error: 'Unknown or malformed message' });
      return handleRequest(request);
    }
    if (request === null || !CONTENT_SCRIPT_TYPES.has(request.type) || request.type !== 'pageInspected') return undefined;
    const host = cityContentScriptHost(sender, self.extensionId, request.host, (url) => cityHostFromUrl(url, INSPECTED_DOMAINS));
    if (host === null || sender?.tab?.id === undefined) return undefined;
    const pageUrl = sender.url ?? sender.tab.url ?? '';
    return inspection.onPageInspected(host, request.facts, pageUrl, sender.tab.id).then(
      () => ({ ok: true, value: null }),
      (error: unknown) => replyError(error),
    );
  }

  return {
    onCommitted,
    onErrorOccurred,
    onCompleted,
    onBeforeRedirect: inspection.onBeforeRedirect,
    onResponseCompleted: inspection.onResponseCompleted,
    onResponseError: inspection.onResponseError,
    onPageInspected: inspection.onPageInspected,
    handleRequest,
    handleMessage,
    siteCard,
    /** The daily alarm's registry check (skipped unless an update URL is set and a day has passed). */
    runScheduledCheck: upkeep.runScheduledCheck,
    /** Start-up and permissions.onRemoved: drop watched domains whose permission is gone. */
    reconcileDomains: upkeep.reconcileDomains,
    /** The watched domains in force (for the navigation filters). */
    watchedDomains: async () => (await registry.current()).domains,
  };
}

export type PantauService = ReturnType<typeof createPantauService>;

/** Turns a thrown error into a reply the UI can explain (a full disk gets its own code). */
export function replyError(error: unknown): { ok: false; code: 'storage-full' | 'internal'; error: string } {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return { ok: false, code: 'storage-full', error: message };
  return { ok: false, code: 'internal', error: message };
}
