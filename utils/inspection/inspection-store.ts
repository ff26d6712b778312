import type { PantauDatabase } from '../db/open-db';
import { withPage, withResponse } from './inspection-view';
import { MAX_REDIRECTS, responseFactsFrom, type ResponseInput } from './response-facts';
import type { InspectionRecord, PageFacts, PendingRedirects, RedirectHop } from './types';

/**
 * Inspection writes. Each is one IndexedDB transaction (read, merge, write), so a response and a
 * page report for the same host, arriving together, serialise instead of overwriting each other.
 */

/** Redirect rows older than this belong to loads that never finished (tab closed, browser quit). */
export const PENDING_TTL_MS = 5 * 60_000;

/** Adds one redirect hop to the load `requestId`, and drops abandoned loads' rows. */
export async function recordRedirect(db: PantauDatabase, requestId: string, hop: RedirectHop, time: number): Promise<PendingRedirects> {
  const tx = db.transaction('redirects', 'readwrite');
  const previous = await tx.store.get(requestId);
  // A requestId from before a browser restart can repeat: a stale row starts over.
  const next: PendingRedirects =
    previous !== undefined && previous.startedAt >= time - PENDING_TTL_MS
      ? { ...previous, hops: [...previous.hops, hop].slice(0, MAX_REDIRECTS) }
      : { requestId, startedAt: time, hops: [hop] };
  await tx.store.put(next);
  for (let cursor = await tx.store.openCursor(); cursor !== null; cursor = await cursor.continue()) {
    if (cursor.value.startedAt < time - PENDING_TTL_MS) await cursor.delete();
  }
  await tx.done;
  return next;
}

/**
 * Stores the final response (or failure) of load `requestId` on `host`, with the redirects that
 * led to it, and forgets those redirects, in one transaction over both stores.
 */
export async function recordResponse(
  db: PantauDatabase,
  host: string,
  requestId: string,
  input: Omit<ResponseInput, 'redirects'>,
): Promise<InspectionRecord> {
  const tx = db.transaction(['inspections', 'redirects'], 'readwrite');
  const redirects = tx.objectStore('redirects');
  const inspections = tx.objectStore('inspections');
  const pending = await redirects.get(requestId);
  if (pending !== undefined) await redirects.delete(requestId);
  const hops = pending !== undefined && pending.startedAt >= input.time - PENDING_TTL_MS ? pending.hops : [];
  const next = withResponse(await inspections.get(host), host, responseFactsFrom({ ...input, redirects: hops }));
  await inspections.put(next);
  await tx.done;
  return next;
}

/** Stores what the content script read on a page of `host` (already validated and cleaned). */
export async function recordPage(
  db: PantauDatabase,
  host: string,
  facts: PageFacts,
  time: number,
  url: string | null,
): Promise<InspectionRecord> {
  const tx = db.transaction('inspections', 'readwrite');
  const next = withPage(await tx.store.get(host), host, facts, time, url);
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** The stored inspection of one host, or null. */
export async function getInspectionRecord(db: PantauDatabase, host: string): Promise<InspectionRecord | null> {
  return (await db.get('inspections', host)) ?? null;
}
