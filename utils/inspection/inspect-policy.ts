import type { InspectionRecord, ResponseFacts } from './types';

/**
 * When a city page is worth reading (issue 11): staff open the same service dozens of times a day
 * and its page facts (software, placeholder, freshness, login form) change rarely, so a host's
 * page is read once per period, and again sooner only when something says it changed. Pure: the
 * background asks this with the stored inspection record at the end of each load.
 */

/** Default period between two readings of a host's page. */
export const DEFAULT_REINSPECT_HOURS = 6;
/** The setting's accepted range (whole hours; a week at most, so facts never go stale unnoticed). */
export const REINSPECT_HOURS_RANGE = { min: 1, max: 168 } as const;
/** Paths remembered per host for "a path never read before" (newest first). */
export const INSPECTED_PATHS_KEPT = 20;

export type InspectReason =
  /** No page facts for this host (never read, or dropped because the response changed). */
  | 'never'
  /** The last reading is older than the period. */
  | 'period'
  /** The response facts differ from those the page was read from. */
  | 'response-changed'
  /** The host shows a placeholder or an error, and this path was not read yet. */
  | 'new-path'
  /** The user asked ("Periksa ulang"). */
  | 'asked';

export type InspectDecision = { inspect: true; reason: InspectReason } | { inspect: false };

/** The response facts a page reading is tied to (stored with the page facts as `readFrom`). */
export type ResponseSignature = Pick<ResponseFacts, 'url' | 'status' | 'server' | 'poweredBy' | 'lastModified' | 'error'> & {
  /** The URL asked for: the first redirect's, or the final one (origin + path). */
  requested: string | null;
};

/** The signature of a response, for storing with the page facts read from it. */
export function signatureOf(response: ResponseFacts): ResponseSignature {
  return {
    url: response.url,
    requested: response.redirects[0]?.url ?? response.url,
    status: response.status,
    server: response.server,
    poweredBy: response.poweredBy,
    lastModified: response.lastModified,
    error: response.error,
  };
}

/**
 * Whether `response` still shows the site as it was when the page was read from `readFrom`: the
 * same status, Server, X-Powered-By (and no new error) on any page of the host, and for the same
 * page (asked for or answering at the same URL) also the same final URL and Last-Modified. A
 * visit to another page of a healthy host therefore keeps the host's page facts.
 */
export function sameSite(readFrom: ResponseSignature, response: ResponseFacts): boolean {
  if (readFrom.status !== response.status || readFrom.server !== response.server || readFrom.poweredBy !== response.poweredBy || readFrom.error !== response.error) {
    return false;
  }
  const requested = response.redirects[0]?.url ?? response.url;
  const samePage = requested === readFrom.requested || response.url === readFrom.url;
  return !samePage || (response.url === readFrom.url && response.lastModified === readFrom.lastModified);
}

/** The path of a stored (origin + path) URL, or null. */
export function pathOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** Whether the host's current picture is a problem worth a second look on another path. */
function showsProblem(record: InspectionRecord): boolean {
  const response = record.response;
  if (response !== null && (response.error !== null || (response.status !== null && response.status >= 400))) return true;
  return record.page?.placeholder != null;
}

/**
 * Whether to read the page at `url` (origin + path) of a host whose stored inspection is
 * `record`, at `now`, with a period of `reinspectHours`.
 */
export function shouldInspect(record: InspectionRecord | null | undefined, url: string | null, now: number, reinspectHours: number): InspectDecision {
  const page = record?.page ?? null;
  if (record === null || record === undefined || page === null) return { inspect: true, reason: 'never' };
  // A clock set back makes the age negative: read again rather than trust facts "from the future".
  const age = now - page.checkedAt;
  if (age < 0 || age >= reinspectHours * 3_600_000) return { inspect: true, reason: 'period' };
  if (page.readFrom === undefined || (record.response !== null && !sameSite(page.readFrom, record.response))) {
    return { inspect: true, reason: 'response-changed' };
  }
  const path = pathOf(url);
  const seen = page.inspectedPaths ?? [pathOf(page.url)];
  if (path !== null && showsProblem(record) && !seen.includes(path)) return { inspect: true, reason: 'new-path' };
  return { inspect: false };
}

/** The settings value in force: a stored whole number in range, else the default. */
export function reinspectHoursOf(settings: { reinspectHours?: unknown }): number {
  const value = settings.reinspectHours;
  return typeof value === 'number' && Number.isInteger(value) && value >= REINSPECT_HOURS_RANGE.min && value <= REINSPECT_HOURS_RANGE.max
    ? value
    : DEFAULT_REINSPECT_HOURS;
}
