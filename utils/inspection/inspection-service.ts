import type { PantauDatabase } from '../db/open-db';
import { cityHostFromUrl, sanitiseUrl } from '../domains/host-match';
import { webRequestFailureName } from '../visits/net-errors';
import type { HostRecord } from '../visits/host-record';
import { storePageReport, storeResponse, type EventView } from '../visits/event-store';
import { analyseReport } from './analyse-page';
import type { PageReport } from './run-inspection';
import { localDate } from './dates';
import { recordRedirect } from './inspection-store';
import { cleanPageFacts, type pageFactsSchema } from './page-message';
import { redirectHop, type HttpHeader } from './response-facts';
import type { InspectionRecord } from './types';
import type * as z from 'zod/mini';

/** The webRequest event fields Pantau reads (onBeforeRedirect, onCompleted, onErrorOccurred). */
export interface ResponseDetails {
  requestId: string;
  tabId: number;
  frameId?: number;
  type?: string;
  url: string;
  statusCode?: number;
  responseHeaders?: HttpHeader[];
  error?: string;
}

export interface InspectionServiceDeps {
  getDb: () => Promise<PantauDatabase>;
  domains: readonly string[];
  now: () => number;
  /** Sets the badge of a tab showing `host` from what an event's transaction read (if it changed). */
  showBadge: (tabId: number, host: string, view: EventView & { record: HostRecord | null }) => Promise<void>;
}

/**
 * The background's inspection work as plain functions: webRequest observations of top-level city
 * responses, and content-script reports of city pages. Like the visit recorder, every event
 * re-checks the host itself (event filters are not a security boundary) and does all its storage
 * work in one transaction (visits/event-store.ts), so the worker may stop between any two events.
 */
export function createInspectionService(deps: InspectionServiceDeps) {
  /** The city host of a top-level request, or null (sub-resources and other sites are not ours). */
  function topLevelCityHost(details: ResponseDetails): string | null {
    if (details.type !== undefined && details.type !== 'main_frame') return null;
    if (details.frameId !== undefined && details.frameId !== 0) return null;
    return cityHostFromUrl(details.url, deps.domains);
  }


  /** A city page answered with a redirect: remember the hop until the load ends. */
  async function onBeforeRedirect(details: ResponseDetails): Promise<boolean> {
    if (topLevelCityHost(details) === null) return false;
    await recordRedirect(await deps.getDb(), details.requestId, redirectHop(details.url, details.statusCode ?? 0), deps.now());
    return true;
  }

  /** The final response of a top-level city load arrived (any status). */
  async function onResponseCompleted(details: ResponseDetails): Promise<InspectionRecord | null> {
    const host = topLevelCityHost(details);
    if (host === null) return null;
    const stored = await storeResponse(await deps.getDb(), host, details.requestId, {
      url: details.url,
      time: deps.now(),
      statusCode: details.statusCode,
      headers: details.responseHeaders,
    });
    await deps.showBadge(details.tabId, host, stored);
    return stored.inspection;
  }

  /** A top-level city load failed; aborted loads (the user moved on) are not the site's failure. */
  async function onResponseError(details: ResponseDetails): Promise<InspectionRecord | null> {
    const host = topLevelCityHost(details);
    const error = webRequestFailureName(details.error);
    if (host === null || error === null) return null;
    const stored = await storeResponse(await deps.getDb(), host, details.requestId, { url: details.url, time: deps.now(), error });
    await deps.showBadge(details.tabId, host, stored);
    return stored.inspection;
  }

  /**
   * The content script's report for `host`, whose sender was already checked (see
   * cityContentScriptHost). Stores the facts, and the title as the visit record's lastTitle: read
   * in the page, it survives a tab closed before tabs.get could ask.
   */
  async function onPageInspected(
    host: string,
    facts: z.infer<typeof pageFactsSchema>,
    pageUrl: string,
    tabId: number,
  ): Promise<InspectionRecord> {
    const time = deps.now();
    const clean = cleanPageFacts(facts, localDate(time));
    const url = sanitiseUrl(pageUrl);
    const stored = await storePageReport(await deps.getDb(), host, clean, time, url, tabId);
    await deps.showBadge(tabId, host, stored);
    return stored.inspection;
  }

  /**
   * The content script's reading of `host`'s page at `pageUrl` (sender already checked): analysed
   * here, with the page's address as the browser reports it, then stored as onPageInspected does.
   */
  function onPageRead(host: string, report: PageReport, pageUrl: string, tabId: number): Promise<InspectionRecord> {
    return onPageInspected(host, analyseReport(report, pageUrl, deps.now()), pageUrl, tabId);
  }

  return { onBeforeRedirect, onResponseCompleted, onResponseError, onPageInspected, onPageRead };
}

export type InspectionService = ReturnType<typeof createInspectionService>;
