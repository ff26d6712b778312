/**
 * What one sweep probe of a host records. The inspection fields carry exactly the names of the
 * export's `inspection` object in issue 3 (checkedAt, status, finalUrl, redirects, https, hsts,
 * server, poweredBy, software, title, placeholder, passwordField, newestDate, copyrightYear), so a
 * result becomes an inspection with `source: "sweep"` without renaming. Times are epoch ms, as
 * stored in IndexedDB (HostRecord); the export writes them as ISO strings.
 */

/** A piece of software recognised on a page, with its version when the page gives one. */
export interface SoftwareFinding {
  name: string;
  version: string | null;
}

/**
 * What the page inspection (issue 3's detectors in utils/inspection/) reads from HTML. Injected into
 * probeHost as `inspectHtml`, so the sweep and the visit inspection share one implementation.
 */
export interface HtmlInspection {
  title: string | null;
  software: SoftwareFinding[];
  /** The kind of placeholder page (default server page, suspended, listing, coming soon, empty), or null. */
  placeholder: string | null;
  passwordField: boolean;
  /** The newest date on the page that is not in the future, `YYYY-MM-DD`, or null. */
  newestDate: string | null;
  copyrightYear: number | null;
}

/** Reads HTML (already bounded) fetched from `url`; must not throw and must bound its own work. */
export type InspectHtml = (html: string, url: string) => HtmlInspection;

/** Why following redirects stopped before a final answer, or null when it did not. */
export type RedirectStop = 'outside-watched-domains' | 'too-many-redirects' | 'target-hidden' | 'bad-location';

export interface SweepResult extends HtmlInspection {
  source: 'sweep';
  host: string;
  checkedAt: number;
  /** HTTP status of the last response received, or null when none arrived. */
  status: number | null;
  /** Origin + path of the last URL answered (never a query or fragment), or null. */
  finalUrl: string | null;
  /** Each URL that answered with a redirect, in order (origin + path). */
  redirects: string[];
  /** The final URL is https. */
  https: boolean;
  /** The final https response carried Strict-Transport-Security. */
  hsts: boolean;
  server: string | null;
  poweredBy: string | null;
  lastModified: string | null;
  /** `net::ERR_…` when no HTTP answer came (or the redirect chain ended in one), else null. */
  error: string | null;
  /** When https failed at connection level and plain http answered: the https error. */
  httpsError: string | null;
  redirectStop: RedirectStop | null;
}

/** How a result counts in the sweep's progress and summary. */
export type SweepOutcome = 'alive' | 'problem' | 'failed';

/**
 * `failed`: no HTTP answer at all. `problem`: an answer, but an error status (≥ 400), a placeholder
 * page, or redirects that ended off the watched domains or in a loop. `alive`: anything else
 * (including a redirect a browser would not let us see the target of: the server did answer).
 */
export function classifyResult(result: SweepResult): SweepOutcome {
  if (result.status === null && result.redirectStop !== 'target-hidden') return 'failed';
  if (result.status !== null && result.status >= 400) return 'problem';
  if (result.placeholder !== null) return 'problem';
  if (result.redirectStop === 'outside-watched-domains' || result.redirectStop === 'too-many-redirects' || result.redirectStop === 'bad-location') {
    return 'problem';
  }
  return 'alive';
}

/** The inspection fields when no HTML was read (not HTML, an error status with no body, no inspector). */
export const NO_HTML: HtmlInspection = {
  title: null,
  software: [],
  placeholder: null,
  passwordField: false,
  newestDate: null,
  copyrightYear: null,
};

/** A probe's own fields: what one attempt (one scheme, its redirects) found. */
export type SweepAttempt = Omit<SweepResult, 'source' | 'host' | 'checkedAt' | 'httpsError'>;

/** An attempt that has learnt nothing yet: no answer, no headers, no HTML. */
export function emptyAttempt(): SweepAttempt {
  return {
    ...NO_HTML,
    software: [],
    status: null,
    finalUrl: null,
    redirects: [],
    https: false,
    hsts: false,
    server: null,
    poweredBy: null,
    lastModified: null,
    error: null,
    redirectStop: null,
  };
}
