/**
 * What Pantau remembers about one city host. Stored in IndexedDB (store `hosts`, keyed by `host`)
 * and the input of findings and exports. Times are epoch milliseconds.
 */
export type VisitOutcome = 'ok' | 'error';

export interface HostRecord {
  /** Normalised hostname (lower case, punycode, no trailing dot, no port). */
  host: string;
  firstSeen: number;
  lastSeen: number;
  /** Every top-level navigation that committed or failed on this host, counted once. */
  visits: number;
  /** Origin + path of the last visit: never a query string or fragment. */
  lastUrl: string | null;
  /** Page title of the last completed visit, cleaned and bounded (see utils/text/clean-text.ts). */
  lastTitle: string | null;
  lastOutcome: VisitOutcome;
  /** `net::ERR_…` name when the last visit failed, else null. */
  lastError: string | null;
  /**
   * Visits per local calendar day, `YYYY-MM-DD` → count. Only the newest ACTIVITY_DAYS days are
   * kept, so a record cannot grow without bound however long it lives.
   */
  days: Record<string, number>;
  /**
   * The tab of the last visit (absent in records stored before it was kept). A single-page app
   * that calls pushState while loading completes at another URL than it committed at; the tab
   * tells that its title still belongs to the last visit. Never exported.
   */
  lastTab?: number;
  /**
   * The browser's ids of the newest documents counted as visits (Chromium's webNavigation
   * `documentId`; bounded, newest last), so the end of a load can count a visit whose commit
   * event was lost to a stopped worker, and never count one twice. Absent in Firefox and in
   * records written before.
   */
  recentDocuments?: string[];
  /**
   * Of those, the ones counted at a worker's start because an open tab still showed them
   * (visits/open-documents.ts): their commit event may still be on its way to the new worker,
   * and must then not count them again. Bounded like recentDocuments; absent in Firefox.
   */
  recoveredDocuments?: string[];
}

/** How many document ids a host record keeps (more than the loads that can overlap on one host). */
export const RECENT_DOCUMENTS_KEPT = 16;

/** How many calendar days of per-day activity a host record keeps. */
export const ACTIVITY_DAYS = 90;
