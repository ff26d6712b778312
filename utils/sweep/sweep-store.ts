import { z } from 'zod';
import { cleanTitle } from '../text/clean-text';
import type { PantauDatabase } from '../db/open-db';
import { sanitiseUrl } from '../domains/host-match';
import { localDate } from '../inspection/dates';
import { cleanPageFacts, pageFactsSchema } from '../inspection/page-message';
import { httpDate, MAX_REDIRECTS } from '../inspection/response-facts';
import type { InspectionRecord, ResponseFacts } from '../inspection/types';
import type { SweepPageFacts } from './inspect-html';
import type { SweepResult } from './sweep-result';

/**
 * Storing one sweep result as the host's inspection (store `inspections`, no new store): the
 * response facts and, when the page was read, its page facts, marked `source: 'sweep'`. One
 * transaction per result, so a sweep cut short keeps every result already stored. A visit-based
 * inspection newer than the sweep result is never overwritten.
 */

const url = z.string().max(2048).regex(/^https?:\/\/[^?#\s]+$/);
const bannerText = z.string().max(1000).nullable();

/** The response part of a sweep result, as the background accepts it from the dashboard. */
export const sweepResponseSchema = z
  .object({
    host: z.string().min(1).max(253),
    checkedAt: z.number().int().min(0),
    status: z.int().min(100).max(999).nullable(),
    finalUrl: url.nullable(),
    redirects: z.array(url).max(MAX_REDIRECTS),
    hsts: z.boolean(),
    server: bannerText,
    poweredBy: bannerText,
    lastModified: bannerText,
    error: z.string().max(100).regex(/^[A-Za-z0-9_:]+$/).nullable(),
  })
  .strict();

export type SweepResponse = z.infer<typeof sweepResponseSchema>;

/** The message payload for one result: its response part and the page facts when HTML was read. */
export function sweepMessageParts(result: SweepResult & Partial<SweepPageFacts>): { result: SweepResponse; page: z.infer<typeof pageFactsSchema> | null } {
  const page =
    typeof result.scanMs === 'number'
      ? {
          title: result.title,
          generators: result.generators ?? [],
          lang: result.lang ?? null,
          software: result.software,
          placeholder: result.placeholder as z.infer<typeof pageFactsSchema>['placeholder'],
          passwordField: result.passwordField,
          passwordOverHttp: result.passwordOverHttp ?? false,
          newestDate: result.newestDate,
          copyrightYear: result.copyrightYear,
          truncated: result.truncated ?? false,
          scanMs: result.scanMs,
        }
      : null;
  return {
    result: {
      host: result.host,
      checkedAt: result.checkedAt,
      status: result.status,
      finalUrl: result.finalUrl,
      redirects: result.redirects.slice(0, MAX_REDIRECTS),
      hsts: result.hsts,
      server: result.server,
      poweredBy: result.poweredBy,
      lastModified: result.lastModified,
      error: result.error,
    },
    page,
  };
}

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
