import type { PantauDatabase } from '../db/open-db';
import { ACTIVITY_DAYS, RECENT_DOCUMENTS_KEPT, type HostRecord, type VisitOutcome } from './host-record';
import { cleanTitle } from '../text/clean-text';
import { addCounts } from './counts';

/** One top-level navigation on a city host, as the background saw it. */
export interface VisitEvent {
  host: string;
  /** Already sanitised: origin + path only. */
  url: string | null;
  time: number;
  outcome: VisitOutcome;
  /** `net::ERR_…` name for a failed navigation. */
  error: string | null;
  /** The tab it happened in, when known (see HostRecord.lastTab). */
  tabId?: number;
  /** The browser's id of the committed document (Chromium), when it gives one. */
  documentId?: string;
}

/** The record's document ids with `documentId` added (newest last, bounded). */
export function withDocument(previous: readonly string[] | undefined, documentId: string | undefined): string[] | undefined {
  if (documentId === undefined) return previous === undefined ? undefined : [...previous];
  return [...(previous ?? []).filter((id) => id !== documentId), documentId].slice(-RECENT_DOCUMENTS_KEPT);
}

/** The record with `documentId` no longer marked as recovered at a worker's start (HostRecord.recoveredDocuments). */
export function withoutRecovered(record: HostRecord, documentId: string): HostRecord {
  const { recoveredDocuments, ...rest } = record;
  const left = (recoveredDocuments ?? []).filter((id) => id !== documentId);
  return left.length === 0 ? rest : { ...rest, recoveredDocuments: left };
}

/** `lastTab` of a record after `event`: the event's tab, or none when the event does not say. */
const tabOf = (event: VisitEvent): Pick<HostRecord, 'lastTab'> => (event.tabId === undefined ? {} : { lastTab: event.tabId });

/** The user's local calendar day of an instant, `YYYY-MM-DD` (staff think in WITA days, not UTC). */
export function localDay(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Keeps only the newest `keep` days, so per-day activity is bounded whatever the record's age. */
export function pruneDays(days: Record<string, number>, keep = ACTIVITY_DAYS): Record<string, number> {
  const keys = Object.keys(days);
  if (keys.length <= keep) return days;
  const newest = keys.sort().slice(-keep);
  return Object.fromEntries(newest.map((day) => [day, days[day] ?? 0]));
}

/** Pure: the record after one more visit. Out-of-order events never move lastSeen backwards. */
export function applyVisit(previous: HostRecord | undefined, event: VisitEvent): HostRecord {
  const day = localDay(event.time);
  if (previous === undefined) {
    return {
      host: event.host,
      firstSeen: event.time,
      lastSeen: event.time,
      visits: 1,
      lastUrl: event.url,
      lastTitle: null,
      lastOutcome: event.outcome,
      lastError: event.error,
      days: { [day]: 1 },
      ...tabOf(event),
      ...(event.documentId === undefined ? {} : { recentDocuments: [event.documentId] }),
    };
  }
  const isLatest = event.time >= previous.lastSeen;
  const days = pruneDays({ ...previous.days, [day]: addCounts(previous.days[day] ?? 0, 1) });
  const { lastTab: _previousTab, ...rest } = previous;
  return {
    ...(isLatest ? { ...rest, ...tabOf(event) } : previous),
    firstSeen: Math.min(previous.firstSeen, event.time),
    lastSeen: Math.max(previous.lastSeen, event.time),
    visits: addCounts(previous.visits, 1),
    lastUrl: isLatest ? event.url : previous.lastUrl,
    lastOutcome: isLatest ? event.outcome : previous.lastOutcome,
    lastError: isLatest ? event.error : previous.lastError,
    days,
    ...(event.documentId === undefined ? {} : { recentDocuments: withDocument(previous.recentDocuments, event.documentId) }),
  };
}

/**
 * Records one visit in a single readwrite transaction (read, update, write), so concurrent events
 * for one host are serialised by IndexedDB and none is lost or counted twice.
 */
export async function recordVisit(db: PantauDatabase, event: VisitEvent): Promise<HostRecord> {
  const tx = db.transaction('hosts', 'readwrite');
  return withTransactionError(tx, async () => {
    const previous = await tx.store.get(event.host);
    const next = applyVisit(previous, event);
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  });
}

/**
 * Runs `work` on `tx` and, when it fails, throws the transaction's own error if it has one. When a
 * commit fails (a full quota, a failing disk) the browser aborts the transaction: its pending
 * requests fail with a bare AbortError, and only `tx.error` says why (e.g. QuotaExceededError).
 */
export async function withTransactionError<T>(tx: { readonly error: DOMException | null }, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw tx.error ?? error;
  }
}

/**
 * Whether a title read at `url` in `tabId` belongs to the record's last visit: the same URL, or the
 * same tab (a single-page app moved on with pushState/replaceState while it loaded; a visit in
 * another tab since then would have taken the record's tab).
 */
export function isLastVisit(record: HostRecord, url: string | null, tabId: number | undefined): boolean {
  return url === null || record.lastUrl === url || (tabId !== undefined && record.lastTab === tabId);
}

/**
 * Stores the title of a page that finished loading, in its own transaction. Only updates a host
 * already recorded (the commit always comes first) and only when this page is still its last
 * visit; the record's URL then follows the page, so title and URL describe the same page.
 */
export async function recordTitle(
  db: PantauDatabase,
  host: string,
  url: string | null,
  rawTitle: unknown,
  tabId?: number,
): Promise<HostRecord | null> {
  const title = cleanTitle(rawTitle);
  const tx = db.transaction('hosts', 'readwrite');
  return withTransactionError(tx, async () => {
    const record = await tx.store.get(host);
    if (record === undefined || title === null || !isLastVisit(record, url, tabId)) {
      await tx.done;
      return record ?? null;
    }
    const next = { ...record, lastTitle: title, ...(url === null ? {} : { lastUrl: url }) };
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  });
}
