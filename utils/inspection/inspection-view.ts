import { detectHeaderSoftware, mergeSoftware } from './detect-software';
import { INSPECTED_PATHS_KEPT, pathOf, sameSite, signatureOf } from './inspect-policy';
import type { Inspection, InspectionRecord, PageFacts, ResponseFacts, StoredPageFacts } from './types';

/**
 * Page facts taken up to this long before the response still belong to it: the content script's
 * message and webRequest's completion travel separately and may arrive in either order.
 */
export const PAGE_GRACE_MS = 10_000;

/**
 * Whether stored page facts describe the load that gave `response` (or a later one): read in the
 * same load, or read from a response that shows the site the same (inspect-policy.ts sameSite:
 * status, server headers, and for the same page final URL and Last-Modified).
 */
export function pageBelongsTo(page: StoredPageFacts, response: ResponseFacts | null): boolean {
  if (response === null) return true;
  if (page.readFrom !== undefined && sameSite(page.readFrom, response)) return true;
  // A failed load has no page: anything read before the failure is an earlier page.
  if (response.error !== null) return page.checkedAt > response.checkedAt;
  return page.checkedAt >= response.checkedAt - PAGE_GRACE_MS;
}

/**
 * Pure: the record after a new response; page facts of an earlier load are dropped. A response
 * older than the stored one (two loads finishing out of order) changes nothing.
 */
export function withResponse(previous: InspectionRecord | undefined, host: string, response: ResponseFacts): InspectionRecord {
  if (previous?.response != null && previous.response.checkedAt > response.checkedAt) return previous;
  const page = previous?.page ?? null;
  if (page === null || !pageBelongsTo(page, response)) return { host, response, page: null };
  // Facts read just before their own response arrived are keyed to it now.
  return { host, response, page: page.readFrom === undefined && response.error === null ? { ...page, readFrom: signatureOf(response) } : page };
}

/** Pure: the record after new page facts (older ones than those stored change nothing). */
export function withPage(
  previous: InspectionRecord | undefined,
  host: string,
  facts: PageFacts,
  checkedAt: number,
  url: string | null,
): InspectionRecord {
  if (previous?.page != null && previous.page.checkedAt > checkedAt) return previous;
  const response = previous?.response ?? null;
  const path = pathOf(url);
  const paths = [...(path === null ? [] : [path]), ...(previous?.page?.inspectedPaths ?? []).filter((seen) => seen !== path)].slice(0, INSPECTED_PATHS_KEPT);
  return {
    host,
    response,
    page: {
      ...facts,
      checkedAt,
      url,
      // The host's latest response is the one this page was read from (the load just ended, or the tab the user asked about).
      ...(response !== null && response.error === null ? { readFrom: signatureOf(response) } : {}),
      inspectedPaths: paths,
    },
  };
}

/** Pure: the current picture of a host from its stored record, or null when nothing was observed. */
export function inspectionView(record: InspectionRecord | null | undefined): Inspection | null {
  if (record === null || record === undefined) return null;
  const response = record.response;
  const page = record.page !== null && pageBelongsTo(record.page, response) ? record.page : null;
  if (response === null && page === null) return null;
  const finalUrl = response?.url ?? page?.url ?? null;
  const https = finalUrl === null ? null : finalUrl.startsWith('https:');
  return {
    checkedAt: Math.max(response?.checkedAt ?? 0, page?.checkedAt ?? 0),
    status: response?.status ?? null,
    error: response?.error ?? null,
    finalUrl,
    redirects: response?.redirects ?? [],
    https,
    hsts: response === null || response.error !== null ? null : response.hsts,
    server: response?.server ?? null,
    poweredBy: response?.poweredBy ?? null,
    lastModified: response?.lastModified ?? null,
    software: mergeSoftware([page?.software ?? [], detectHeaderSoftware(response?.server ?? null, response?.poweredBy ?? null)]),
    title: page?.title ?? null,
    generators: page?.generators ?? [],
    lang: page?.lang ?? null,
    placeholder: page?.placeholder ?? null,
    passwordField: page?.passwordField ?? null,
    passwordOverHttp: page?.passwordOverHttp ?? null,
    newestDate: page?.newestDate ?? null,
    copyrightYear: page?.copyrightYear ?? null,
    pageCheckedAt: page?.checkedAt ?? null,
    scanMs: page?.scanMs ?? null,
    longestSliceMs: page?.longestSliceMs ?? null,
    ...(record.source === 'sweep' ? { source: 'sweep' as const } : {}),
  };
}
