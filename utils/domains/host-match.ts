/**
 * Host matching: the one place that decides whether a URL belongs to a watched city domain.
 *
 * webNavigation URL filters keep the worker asleep for other sites, but filters are not a security
 * boundary, so every event is checked again here. Matching is on DNS label boundaries after the URL
 * parser has normalised the host (lower case, IDN to punycode, userinfo split off), so
 * `evilmakassarkota.go.id`, `makassarkota.go.id.example.com` and `http://makassarkota.go.id@evil.test/`
 * never match.
 */

/** Schemes a top-level city page can be served over. */
const WEB_SCHEMES = new Set(['http:', 'https:']);

/** One DNS label after IDN conversion: letters, digits, hyphens (and underscores seen in the wild). */
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/**
 * Normalises a bare hostname the way the URL parser would (lower case, punycode), and drops one
 * trailing dot. Returns null for anything that is not a plain DNS name: IP literals, empty labels,
 * ports, paths, userinfo, spaces.
 */
export function normaliseHost(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 300) return null;
  if (/[\s/\\?#@:%]/.test(raw)) return null;
  let host: string;
  try {
    host = new URL(`http://${raw}/`).hostname;
  } catch {
    return null;
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0 || host.length > 253) return null;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  // IPv4 literals pass the label test; a city host is always a name.
  if (labels.every((label) => /^\d+$/.test(label))) return null;
  return host;
}

/** True when `host` (already normalised) is `domain` itself or a subdomain of it, on label boundaries. */
export function isUnderDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Parses an http(s) URL; anything else (other schemes, garbage) is null. */
function parseWebUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return WEB_SCHEMES.has(parsed.protocol) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The normalised host of `url` when it is a web URL on one of the watched domains, else null.
 * Any port is accepted; the port is not part of the host.
 */
export function cityHostFromUrl(url: string, domains: readonly string[]): string | null {
  const parsed = parseWebUrl(url);
  if (parsed === null) return null;
  const host = normaliseHost(parsed.hostname);
  if (host === null) return null;
  return domains.some((domain) => isUnderDomain(host, domain)) ? host : null;
}

/**
 * What Pantau may keep of a visited URL: origin and path only. Query strings and fragments can carry
 * personal data (NIK, tokens, search terms) and are never stored; userinfo is dropped too.
 */
export function sanitiseUrl(url: string): string | null {
  const parsed = parseWebUrl(url);
  if (parsed === null) return null;
  const kept = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  if (kept.length <= MAX_URL_LENGTH) return kept;
  // A page can have a path of megabytes. Keep a bounded prefix (the path is percent-encoded
  // ASCII, so no character is split; a cut escape like "%4" is dropped rather than kept broken).
  return kept.slice(0, MAX_URL_LENGTH).replace(/%[0-9A-Fa-f]?$/, '');
}

/**
 * The most of a URL Pantau keeps. Far above any real city page's origin + path, and well inside
 * the export's limit for `lastUrl` (EXPORT_LIMITS.url), so whatever was recorded always exports.
 */
export const MAX_URL_LENGTH = 2048;

/** The manifest match pattern for a domain; it matches the bare domain as well as every subdomain. */
export function hostPermissionPattern(domain: string): string {
  return `*://*.${domain}/*`;
}

/** webNavigation URL filters so Chrome does not wake the worker for any other site. */
export function navigationUrlFilters(domains: readonly string[]): Array<{ hostEquals?: string; hostSuffix?: string }> {
  return domains.flatMap((domain) => [{ hostEquals: domain }, { hostSuffix: `.${domain}` }]);
}
