import type { ResponseSignature } from './inspect-policy';

/**
 * What Pantau learns about a city site from the visit a staff member is already making: facts of
 * the HTTP response (background, webRequest) and facts of the loaded page (content script).
 * Everything here is plain data, stored in IndexedDB (store `inspections`) and exported.
 */

/**
 * Kinds of page that stand in for an app: a web server's or host's default page, a suspended
 * hosting account, a directory listing, a coming-soon or maintenance notice, or a near-empty body.
 * An open list in exports: kinds are only ever added, never renamed.
 */
export const PLACEHOLDER_KINDS = [
  'server-default',
  'suspended',
  'directory-listing',
  'coming-soon',
  'maintenance',
  'empty',
] as const;
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];

/** A BCP 47-shaped language tag ("id", "id-ID", "en-US"); anything else is not kept as a page's `lang`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,3}$/i;

/** One piece of software recognised on a site, with its version when the site reveals it. */
export interface Software {
  name: string;
  version: string | null;
}

/** What the content script reports about one loaded city page (already validated and cleaned). */
export interface PageFacts {
  /** Cleaned and bounded (utils/text/clean-text.ts). */
  title: string | null;
  /** `<meta name="generator">` values, cleaned, at most 5. */
  generators: string[];
  /** `<html lang>`, when it is a well-formed language tag. */
  lang: string | null;
  /** Software recognised from the page itself (headers add theirs in the background). */
  software: Software[];
  placeholder: PlaceholderKind | null;
  passwordField: boolean;
  /** A password field on a plain-HTTP page, or in a form that posts to plain HTTP. */
  passwordOverHttp: boolean;
  /** Newest date found on the page that is not in the future, `YYYY-MM-DD`. */
  newestDate: string | null;
  copyrightYear: number | null;
  /** The scan stopped at one of its bounds (text, nodes, time): facts come from the part read. */
  truncated: boolean;
  /** How long the content script's inspection took, in milliseconds (it must not slow pages). */
  scanMs: number;
  /**
   * The longest time the inspection held the page's main thread at once (it works in slices);
   * absent for facts read in one go (the sweep, facts stored before slicing).
   */
  longestSliceMs?: number;
}

/** Page facts as stored: when they were taken and on which page (origin + path). */
export interface StoredPageFacts extends PageFacts {
  checkedAt: number;
  url: string | null;
  /**
   * The response facts the page was read from (inspect-policy.ts): later loads whose response
   * shows the site the same keep these facts without reading the page again. Absent for facts
   * stored before the inspect-once policy.
   */
  readFrom?: ResponseSignature;
  /** Paths read on this host since these facts' period began, newest first (bounded). */
  inspectedPaths?: string[];
}

/** One redirect on the way to the final page: the URL that answered (origin + path) and its status. */
export interface RedirectHop {
  url: string | null;
  status: number;
}

/** What the last top-level response for a host said (webRequest, observation only). */
export interface ResponseFacts {
  checkedAt: number;
  /** Final URL, origin + path only. */
  url: string | null;
  /** HTTP status of the final response; null when the load failed. */
  status: number | null;
  /** `net::ERR_…` (Chrome) or `NS_ERROR_…` (Firefox) when the load failed. */
  error: string | null;
  redirects: RedirectHop[];
  /** A `Strict-Transport-Security` header with a positive max-age. */
  hsts: boolean;
  server: string | null;
  poweredBy: string | null;
  /** `Last-Modified`, epoch ms. */
  lastModified: number | null;
}

/**
 * The stored inspection of one host (store `inspections`, keyed by host): the newest response
 * and the newest page facts, written by separate events and merged for display by inspectionView.
 */
export interface InspectionRecord {
  host: string;
  response: ResponseFacts | null;
  page: StoredPageFacts | null;
  /**
   * Set when the census sweep ("Periksa semua", issue 5) wrote this record by fetching the site
   * itself; absent for visit-based records (a later visit's write drops it).
   */
  source?: 'sweep';
}

/** Redirects seen for a top-level request still in flight (store `redirects`, keyed by requestId). */
export interface PendingRedirects {
  requestId: string;
  startedAt: number;
  hops: RedirectHop[];
}

/** Settings of the inspection, kept as the `inspection` row of the `settings` store. */
export interface InspectionSettings {
  /** Newest content older than this many months is `stale-content`. */
  staleMonths: number;
  /**
   * A host's page is read again once its last reading is this many hours old (sooner when the
   * response changed); absent in rows saved before the setting existed (the default applies).
   */
  reinspectHours?: number;
}

/**
 * The merged, current picture of a host: what findings, the popup and exports read. Page facts
 * are left out (null/empty) when they belong to an older load than the response.
 */
export interface Inspection {
  /** The newest of the two observations. */
  checkedAt: number;
  status: number | null;
  error: string | null;
  finalUrl: string | null;
  redirects: RedirectHop[];
  https: boolean | null;
  hsts: boolean | null;
  server: string | null;
  poweredBy: string | null;
  lastModified: number | null;
  /** From headers and page, one entry per name. */
  software: Software[];
  title: string | null;
  generators: string[];
  lang: string | null;
  placeholder: PlaceholderKind | null;
  passwordField: boolean | null;
  passwordOverHttp: boolean | null;
  newestDate: string | null;
  copyrightYear: number | null;
  /** When the page itself was last read (null when only the response is known). */
  pageCheckedAt: number | null;
  scanMs: number | null;
  /** See PageFacts.longestSliceMs; null or absent when not known. */
  longestSliceMs?: number | null;
  /** `sweep` when the census sweep made this inspection (absent: a visit made it). */
  source?: 'sweep';
}
