import { badgeFor, type BadgeState } from './badge';
import type { PantauDatabase } from './db/open-db';
import { buildExport } from './export/build-export';
import { computeFindings } from './findings';
import type { HostRecord } from './host-record';
import { cityHostFromUrl, sanitiseUrl } from './host-match';
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
import type { RegistryIndex } from './registry/registry-index';
import type { RecordingAlarm } from './recording-alarm';
import {
  getCollector,
  getInspectionSettings,
  getPreferences,
  saveCollector,
  saveInspectionSettings,
  savePreferences,
} from './settings';
import { recordTitle, recordVisit } from './visit-recorder';

/** A webNavigation event's fields that Pantau reads. */
export interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
  timeStamp?: number;
  error?: string;
}

export type { ResponseDetails };

export interface PantauServiceDeps {
  getDb: () => Promise<PantauDatabase>;
  index: RegistryIndex;
  registryVersion: string;
  domains: readonly string[];
  extension: { version: string; browser: string };
  now?: () => number;
  /** Applies a badge to one tab; the background passes the browser action API. */
  setBadge: (tabId: number, badge: BadgeState) => Promise<void>;
  /** Reads a tab's title (host permission makes it visible for city pages only). */
  getTabTitle: (tabId: number) => Promise<string | undefined>;
  /** Tells the user when visits cannot be saved (utils/recording-alarm.ts); optional in tests. */
  recordingAlarm?: Pick<RecordingAlarm, 'failed' | 'succeeded' | 'current'>;
}

/** Who the background is, for checking message senders. */
export interface SelfIdentity {
  extensionId: string;
  extensionOrigin: string;
}

/**
 * Everything the background does, as plain functions of injected dependencies, so it runs in
 * Node tests with fake-indexeddb and no browser. The entrypoint only wires listeners to it.
 */
export function createPantauService(deps: PantauServiceDeps) {
  const now = deps.now ?? Date.now;
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

  /** The card of a host: registry entry, record, inspection, findings and badge, read in one go. */
  async function cardFor(host: string, known?: HostRecord | null): Promise<Extract<SiteCard, { kind: 'city' }>> {
    const db = await deps.getDb();
    const [record, stored, settings] = await Promise.all([
      known !== undefined ? known : db.get('hosts', host).then((r) => r ?? null),
      getInspectionRecord(db, host),
      getInspectionSettings(db),
    ]);
    const entry = deps.index.lookup(host);
    const inspection = inspectionView(stored);
    const findings = computeFindings(entry, record, inspection, settings);
    return { kind: 'city', host, entry, record, findings, badge: badgeFor(host, entry, record, findings), inspection };
  }

  async function refreshBadge(tabId: number, host: string, record?: HostRecord | null): Promise<void> {
    await deps.setBadge(tabId, (await cardFor(host, record)).badge);
  }

  const inspection = createInspectionService({ getDb: deps.getDb, domains: deps.domains, now, refreshBadge });

  /** A top-level page committed on some host: record a successful visit if it is a city host. */
  async function onCommitted(details: NavigationDetails): Promise<HostRecord | null> {
    if (details.frameId !== 0) return null;
    const host = cityHostFromUrl(details.url, deps.domains);
    if (host === null) return null;
    const record = await recording(async () =>
      recordVisit(await deps.getDb(), { host, url: sanitiseUrl(details.url), time: now(), outcome: 'ok', error: null }),
    );
    await refreshBadge(details.tabId, host, record);
    return record;
  }

  /** A top-level navigation failed: a network error on a city host is a failed visit. */
  async function onErrorOccurred(details: NavigationDetails): Promise<HostRecord | null> {
    if (details.frameId !== 0) return null;
    const host = cityHostFromUrl(details.url, deps.domains);
    const error = siteFailureName(details.error);
    if (host === null || error === null) return null;
    const record = await recording(async () =>
      recordVisit(await deps.getDb(), { host, url: sanitiseUrl(details.url), time: now(), outcome: 'error', error }),
    );
    await refreshBadge(details.tabId, host, record);
    return record;
  }

  /**
   * A city page finished loading: keep its (cleaned) title from the tab. The content script
   * reports the title too (onPageInspected); whichever comes last wins, both are the same page's.
   */
  async function onCompleted(details: NavigationDetails): Promise<HostRecord | null> {
    if (details.frameId !== 0) return null;
    const host = cityHostFromUrl(details.url, deps.domains);
    if (host === null) return null;
    const title = await deps.getTabTitle(details.tabId).catch(() => undefined);
    return recording(async () => recordTitle(await deps.getDb(), host, sanitiseUrl(details.url), title));
  }

  async function siteCard(url: string | null): Promise<SiteCard> {
    const host = url === null ? null : cityHostFromUrl(url, deps.domains);
    if (host === null) return { kind: 'not-city' };
    return cardFor(host);
  }

  async function overview(): Promise<Overview> {
    const db = await deps.getDb();
    const records = await db.getAll('hosts');
    return {
      registryVersion: deps.registryVersion,
      registryByStatus: deps.index.countsByStatus(),
      registryEntries: deps.index.entries.length,
      hostsSeen: records.length,
      unregisteredSeen: records.filter((record) => deps.index.lookup(record.host) === null).length,
      records,
      recordingProblem: (await alarm?.current().catch(() => null)) ?? null,
    };
  }

  async function exportData(): Promise<ResponseMap['getExport']> {
    const db = await deps.getDb();
    // One read-only transaction, so records, inspections and settings are of the same moment.
    const tx = db.transaction(['hosts', 'inspections', 'settings'], 'readonly');
    const [records, inspections] = await Promise.all([tx.objectStore('hosts').getAll(), tx.objectStore('inspections').getAll()]);
    await tx.done;
    const [collector, settings] = await Promise.all([getCollector(db), getInspectionSettings(db)]);
    return buildExport({
      records,
      inspections,
      settings,
      index: deps.index,
      registryVersion: deps.registryVersion,
      domain: deps.domains[0] ?? '',
      collector,
      extension: deps.extension,
      now: new Date(now()),
    });
  }

  /** Answers one already-validated request from an extension page. */
  async function handleRequest(request: Request): Promise<Reply<ResponseMap[Request['type']]>> {
    try {
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
          const host = cityHostFromUrl(`https://${request.result.host}/`, deps.domains);
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
    const host = cityContentScriptHost(sender, self.extensionId, request.host, (url) => cityHostFromUrl(url, deps.domains));
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
