import { badgeFor, type BadgeState } from './badge';
import type { PantauDatabase } from './db/open-db';
import { buildExport } from './export/build-export';
import { computeFindings } from './findings';
import type { HostRecord } from './host-record';
import { cityHostFromUrl, sanitiseUrl } from './host-match';
import type { Overview, Reply, Request, ResponseMap, SiteCard } from './messages';
import { siteFailureName } from './net-errors';
import type { RegistryIndex } from './registry/registry-index';
import type { RecordingAlarm } from './recording-alarm';
import { getCollector, getPreferences, saveCollector, savePreferences } from './settings';
import { recordTitle, recordVisit } from './visit-recorder';

/** A webNavigation event's fields that Pantau reads. */
export interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
  timeStamp?: number;
  error?: string;
}

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

  function cardFor(host: string, record: HostRecord | null): Extract<SiteCard, { kind: 'city' }> {
    const entry = deps.index.lookup(host);
    return {
      kind: 'city',
      host,
      entry,
      record,
      findings: computeFindings(entry, record),
      badge: badgeFor(host, entry, record),
    };
  }

  /** A top-level page committed on some host: record a successful visit if it is a city host. */
  async function onCommitted(details: NavigationDetails): Promise<HostRecord | null> {
    if (details.frameId !== 0) return null;
    const host = cityHostFromUrl(details.url, deps.domains);
    if (host === null) return null;
    const record = await recording(async () =>
      recordVisit(await deps.getDb(), { host, url: sanitiseUrl(details.url), time: now(), outcome: 'ok', error: null }),
    );
    await deps.setBadge(details.tabId, cardFor(host, record).badge);
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
    await deps.setBadge(details.tabId, cardFor(host, record).badge);
    return record;
  }

  /** A city page finished loading: keep its (cleaned) title. */
  async function onCompleted(details: NavigationDetails): Promise<HostRecord | null> {
    if (details.frameId !== 0) return null;
    const host = cityHostFromUrl(details.url, deps.domains);
    if (host === null) return null;
    const title = await deps.getTabTitle(details.tabId);
    return recording(async () => recordTitle(await deps.getDb(), host, sanitiseUrl(details.url), title));
  }

  async function siteCard(url: string | null): Promise<SiteCard> {
    const host = url === null ? null : cityHostFromUrl(url, deps.domains);
    if (host === null) return { kind: 'not-city' };
    const db = await deps.getDb();
    const record = (await db.get('hosts', host)) ?? null;
    return cardFor(host, record);
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
    const [records, collector] = await Promise.all([db.getAll('hosts'), getCollector(db)]);
    return buildExport({
      records,
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
      }
    } catch (error) {
      return replyError(error);
    }
  }

  return { onCommitted, onErrorOccurred, onCompleted, handleRequest, siteCard };
}

export type PantauService = ReturnType<typeof createPantauService>;

/** Turns a thrown error into a reply the UI can explain (a full disk gets its own code). */
export function replyError(error: unknown): { ok: false; code: 'storage-full' | 'internal'; error: string } {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return { ok: false, code: 'storage-full', error: message };
  return { ok: false, code: 'internal', error: message };
}
