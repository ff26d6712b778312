import type { PantauDatabase, PantauTransaction } from '../db/open-db';
import type { HostRecord } from './host-record';
import { isUnderDomain } from '../domains/host-match';
import { withPage, withResponse } from '../inspection/inspection-view';
import { PENDING_TTL_MS } from '../inspection/inspection-store';
import { responseFactsFrom, type ResponseInput } from '../inspection/response-facts';
import type { InspectionRecord, InspectionSettings, PageFacts } from '../inspection/types';
import { inspectionSettingsFrom } from '../settings/settings';
import { cleanTitle } from '../text/clean-text';
import { applyVisit, isLastVisit, withDocument, withoutRecovered, withTransactionError, type VisitEvent } from './visit-recorder';
import { cleanDomainList } from '../domains/domain-store';
import { DEFAULT_WATCHED_DOMAINS } from '../domains/domain-rules';

/**
 * Each browser event's storage work as ONE IndexedDB transaction that begins as soon as the event
 * arrives (issue 10 fault 4, issue 11): the watched domains, the registry revision, the host's
 * record, its inspection and the inspection settings are read inside the very transaction that
 * writes, so a worker stopped after the event's first await has either stored everything or
 * nothing, and no read before the write leaves a window in which the event is lost. What the
 * caller needs afterwards (badge, inspect-once decision) comes back with the result.
 */

/** What an event's transaction read besides its own record: enough for the badge and the policy. */
export interface EventView {
  /** The watched domains in force, the default first. */
  domains: string[];
  /** The registry in force's revision (0: the bundled one, never changed); keys the in-memory index. */
  registryRevision: number;
  inspection: InspectionRecord | null;
  settings: InspectionSettings;
}

const EVENT_STORES = ['hosts', 'settings', 'registry', 'inspections'] as const;

const eventTransaction = (db: PantauDatabase) => db.transaction([...EVENT_STORES], 'readwrite');

/** Starts the reads every event needs, all at once, in `tx` (an event's own, or a page's read-only one over at least EVENT_STORES). */
export function readView(tx: PantauTransaction, host: string): Promise<EventView & { record: HostRecord | undefined }> {
  const settings = tx.objectStore('settings');
  return Promise.all([
    settings.get('watchedDomains'),
    tx.objectStore('registry').get('info'),
    tx.objectStore('inspections').get(host),
    settings.get('inspection'),
    tx.objectStore('hosts').get(host),
  ]).then(([domainsRow, info, inspection, inspectionRow, record]) => ({
    domains: domainsRow?.key === 'watchedDomains' && Array.isArray(domainsRow.value) ? cleanDomainList(domainsRow.value) : [...DEFAULT_WATCHED_DOMAINS],
    registryRevision: info?.key === 'info' ? info.revision : 0,
    inspection: inspection ?? null,
    settings: inspectionSettingsFrom(inspectionRow?.key === 'inspection' ? inspectionRow.value : undefined),
    record,
  }));
}

const watched = (host: string, domains: readonly string[]) => domains.some((domain) => isUnderDomain(host, domain));

/**
 * Records one visit of `event.host` if the host is under a watched domain, deciding from the
 * domains read in the same transaction. Null when it is not watched (nothing written).
 */
export async function storeVisit(db: PantauDatabase, event: VisitEvent): Promise<(EventView & { record: HostRecord }) | null> {
  const tx = eventTransaction(db);
  return withTransactionError(tx, async () => {
    const { record: previous, ...view } = await readView(tx, event.host);
    if (!watched(event.host, view.domains)) {
      await tx.done;
      return null;
    }
    // A document already counted at a worker's start (storeOpenDocument) whose commit event
    // arrives after all: counted once, so this only forgets that it was recovered.
    const recovered = event.documentId !== undefined && previous?.recoveredDocuments?.includes(event.documentId) === true;
    const record = recovered ? withoutRecovered(previous!, event.documentId!) : applyVisit(previous, event);
    await Promise.all([tx.objectStore('hosts').put(record), tx.done]);
    return { ...view, record };
  });
}

/** A top-level document a tab shows, as the browser names it when a worker starts. */
export interface OpenDocument {
  tabId: number;
  url: string;
  /** Chromium's webNavigation documentId (Firefox gives none, and so no open documents). */
  documentId: string;
  title?: string;
}

/**
 * Of `documents` (with their hosts), those no visit counted, read in one read-only transaction, so
 * a worker start with city tabs open (all counted, as a rule) writes nothing and never makes the
 * visit it was started for wait behind a write.
 */
export async function uncountedDocuments<T extends { host: string; documentId: string }>(db: PantauDatabase, documents: readonly T[]): Promise<T[]> {
  if (documents.length === 0) return [];
  const hosts = db.transaction('hosts', 'readonly').objectStore('hosts');
  const records = await Promise.all(documents.map((open) => hosts.get(open.host)));
  return documents.filter((open, i) => records[i]?.recentDocuments?.includes(open.documentId) !== true);
}

/**
 * Counts a document an open tab shows, found when a worker starts (visits/open-documents.ts), if no
 * event counted it: a worker stopped while both its commit and its load's end were in flight lost
 * them. Null when the host is not watched or the document was counted already.
 */
export async function storeOpenDocument(
  db: PantauDatabase,
  event: VisitEvent & { documentId: string },
  rawTitle?: unknown,
): Promise<(EventView & { record: HostRecord }) | null> {
  const title = cleanTitle(rawTitle);
  const tx = eventTransaction(db);
  return withTransactionError(tx, async () => {
    const { record: previous, ...view } = await readView(tx, event.host);
    if (!watched(event.host, view.domains) || previous?.recentDocuments?.includes(event.documentId) === true) {
      await tx.done;
      return null;
    }
    const counted = applyVisit(previous, event);
    const record = {
      ...counted,
      ...(title === null ? {} : { lastTitle: title }),
      recoveredDocuments: withDocument(previous?.recoveredDocuments, event.documentId),
    };
    await Promise.all([tx.objectStore('hosts').put(record), tx.done]);
    return { ...view, record };
  });
}

/**
 * A watched page finished loading: keeps its title (only on a host already recorded, and only
 * while this page is its last URL, as recordTitle does: the same URL, or the same tab) and returns what the inspect-once policy
 * needs. When the browser names the document (`late.documentId`) and no visit counted it, its
 * commit event was lost (a worker stopped mid-event): the visit is counted now, at `late.time`.
 * Null when the host is not watched.
 */
export async function storeLoadEnd(
  db: PantauDatabase,
  host: string,
  url: string | null,
  rawTitle: unknown,
  late?: { documentId: string; time: number },
  tabId?: number,
): Promise<(EventView & { record: HostRecord | null; counted: boolean }) | null> {
  const title = cleanTitle(rawTitle);
  const tx = eventTransaction(db);
  return withTransactionError(tx, async () => {
    const { record: stored, ...view } = await readView(tx, host);
    if (!watched(host, view.domains)) {
      await tx.done;
      return null;
    }
    const missed = late !== undefined && !(stored?.recentDocuments ?? []).includes(late.documentId);
    const record = missed ? applyVisit(stored, { host, url, time: late.time, outcome: 'ok', error: null, documentId: late.documentId, tabId }) : stored;
    if (record === undefined || title === null || !isLastVisit(record, url, tabId) || (record.lastTitle === title && (url === null || record.lastUrl === url))) {
      if (missed) await tx.objectStore('hosts').put(record!);
      await tx.done;
      return { ...view, record: record ?? null, counted: missed };
    }
    // The record's URL follows the page (a single-page app may have moved on with pushState), so title and URL describe the same page.
    const next = { ...record, lastTitle: title, ...(url === null ? {} : { lastUrl: url }) };
    await Promise.all([tx.objectStore('hosts').put(next), tx.done]);
    return { ...view, record: next, counted: missed };
  });
}

/**
 * Stores what the inspector read on a page of `host` (validated and cleaned), and its title as
 * the visit record's lastTitle, in one transaction.
 */
export async function storePageReport(
  db: PantauDatabase,
  host: string,
  facts: PageFacts,
  time: number,
  url: string | null,
  tabId?: number,
): Promise<EventView & { record: HostRecord | null; inspection: InspectionRecord }> {
  const tx = eventTransaction(db);
  return withTransactionError(tx, async () => {
    const { record, ...view } = await readView(tx, host);
    const inspection = withPage(view.inspection ?? undefined, host, facts, time, url);
    const titled =
      record !== undefined && facts.title !== null && isLastVisit(record, url, tabId)
        ? { ...record, lastTitle: facts.title, ...(url === null ? {} : { lastUrl: url }) }
        : record;
    await Promise.all([
      tx.objectStore('inspections').put(inspection),
      ...(titled !== record && titled !== undefined ? [tx.objectStore('hosts').put(titled)] : []),
      tx.done,
    ]);
    return { ...view, record: titled ?? null, inspection };
  });
}

/**
 * Stores the final response (or failure) of load `requestId` on `host`, with the redirects that
 * led to it, forgetting those redirects, and reads what the badge needs, in one transaction.
 */
export async function storeResponse(
  db: PantauDatabase,
  host: string,
  requestId: string,
  input: Omit<ResponseInput, 'redirects'>,
): Promise<EventView & { record: HostRecord | null; inspection: InspectionRecord }> {
  const tx = db.transaction([...EVENT_STORES, 'redirects'], 'readwrite');
  return withTransactionError(tx, async () => {
    const redirects = tx.objectStore('redirects');
    const [{ record, ...view }, pending] = await Promise.all([readView(tx, host), redirects.get(requestId)]);
    const hops = pending !== undefined && pending.startedAt >= input.time - PENDING_TTL_MS ? pending.hops : [];
    const inspection = withResponse(view.inspection ?? undefined, host, responseFactsFrom({ ...input, redirects: hops }));
    await Promise.all([
      ...(pending !== undefined ? [redirects.delete(requestId)] : []),
      tx.objectStore('inspections').put(inspection),
      tx.done,
    ]);
    return { ...view, record: record ?? null, inspection };
  });
}
