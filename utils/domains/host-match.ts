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

/** A path segment that is a session id of its own: PHP's `PHPSESSID=…` and other `name=…` id forms. */
const SESSION_SEGMENT = /^(?:jsessionid|phpsessid|sid|sessionid|session_id|session|aspsessionid[a-z]*)=/i;
/** ASP.NET's cookieless session in the path: `/(S(lit3py55t21z5v55vlm25s55))/default.aspx`. */
const ASPNET_SESSION_SEGMENT = /^(?:\([A-Za-z]\([^()/]*\)\))+$/;

/**
 * The path without path parameters (`;jsessionid=…`, any `;name=value`, also written `%3B`) and
 * without segments that are session ids: a city login that redirects to `/app/home;jsessionid=…`
 * would otherwise put the session in storage and exports (issue 10, fault 2).
 */
export function stripPathParameters(path: string): string {
  return path
    .split('/')
    .filter((segment) => !SESSION_SEGMENT.test(segment) && !ASPNET_SESSION_SEGMENT.test(segment))
    .map((segment) => segment.replace(/(?:;|%3b).*$/i, ''))
    .join('/');
}

/**
 * What Pantau may keep of a visited URL: origin and path only. Query strings, fragments and path
 * parameters can carry personal data or secrets (NIK, tokens, session ids, search terms) and are
 * never stored; userinfo is dropped too.
 */
export function sanitiseUrl(url: string): string | null {
  const parsed = parseWebUrl(url);
  if (parsed === null) return null;
  const kept = `${parsed.protocol}//${parsed.host}${stripPathParameters(parsed.pathname)}`;
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

/** The host a `www.` alias stands for, so `www.x` and `x` count as the same site. */
export function foldWww(host: string): string {
  return host.startsWith('www.') && host.indexOf('.', 4) !== -1 ? host.slice(4) : host;
}
