/**
 * Which navigation errors count as a failed visit. `net::ERR_ABORTED` is the user (or a download)
 * stopping the load and says nothing about the site; blocks by another extension or by policy are
 * the browser's doing, not the site's.
 */
const NOT_A_SITE_FAILURE = new Set(['net::ERR_ABORTED', 'net::ERR_BLOCKED_BY_CLIENT', 'net::ERR_BLOCKED_BY_ADMINISTRATOR']);

/** The error name to store for a failed top-level navigation, or null when it is not the site's failure. */
export function siteFailureName(error: unknown): string | null {
  if (typeof error !== 'string') return null;
  // Chrome reports `net::ERR_…`; Firefox reports other strings. Keep a bounded, printable name.
  const name = error.replace(/[^\w:.\- ]/g, '').trim().slice(0, 80);
  if (name.length === 0 || NOT_A_SITE_FAILURE.has(name)) return null;
  return name;
}
