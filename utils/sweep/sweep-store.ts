import type * as z from 'zod/mini';
import { cleanTitle } from '../text/clean-text';
import type { PantauDatabase } from '../db/open-db';
import { sanitiseUrl } from '../domains/host-match';
import { localDate } from '../inspection/dates';
import { cleanPageFacts, type pageFactsSchema } from '../inspection/page-message';
import { httpDate } from '../inspection/response-facts';
import type { InspectionRecord, ResponseFacts } from '../inspection/types';
import type { SweepResponse } from './sweep-message';

/**
 * Storing one sweep result as the host's inspection (store `inspections`, no new store): the
 * response facts and, when the page was read, its page facts, marked `source: 'sweep'`. One
 * transaction per result, so a sweep cut short keeps every result already stored. A visit-based
 * inspection newer than the sweep result is never overwritten.
 */

/** When a stored record was last observed (either part), or -Infinity. */
function newestOf(record: InspectionRecord | undefined): number {
  return Math.max(record?.response?.checkedAt ?? -Infinity, record?.page?.checkedAt ?? -Infinity);
}

/**
 * Pure: the record a sweep result makes, or null when the stored one is newer (a visit, or a later
 * sweep, happened after this probe). `now` caps the page's clock: a result cannot claim the future.
 */
export function sweepRecord(
  previous: InspectionRecord | undefined,
  response: SweepResponse,
  page: z.infer<typeof pageFactsSchema> | null,
  now: number,
): InspectionRecord | null {
  const checkedAt = Math.min(response.checkedAt, now);
  if (newestOf(previous) > checkedAt) return null;
  const facts: ResponseFacts = {
    checkedAt,
    url: response.finalUrl === null ? null : sanitiseUrl(response.finalUrl),
    status: response.status,
    error: response.error,
    // The probe knows where each redirect came from, not its status: 0 means "not known".
    redirects: response.redirects.map((hop) => ({ url: sanitiseUrl(hop), status: 0 })),
    hsts: response.hsts,
    server: cleanTitle(response.server, 200),
    poweredBy: cleanTitle(response.poweredBy, 200),
    lastModified: httpDate(response.lastModified),
  };
  return {
    host: response.host,
    response: facts,
    page: page === null ? null : { ...cleanPageFacts(page, localDate(now)), checkedAt, url: facts.url },
    source: 'sweep',
  };
}

/** Stores one sweep result in one transaction; `stored` is false when a newer inspection was kept. */
export async function storeSweepResult(
  db: PantauDatabase,
  response: SweepResponse,
  page: z.infer<typeof pageFactsSchema> | null,
  now: number,
): Promise<{ stored: boolean }> {
  const tx = db.transaction('inspections', 'readwrite');
  const next = sweepRecord(await tx.store.get(response.host), response, page, now);
  if (next !== null) await tx.store.put(next);
  await tx.done;
  return { stored: next !== null };
}
