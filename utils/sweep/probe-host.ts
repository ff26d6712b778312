import { cleanTitle } from '../text/clean-text';
import { isUnderDomain, normaliseHost, sanitiseUrl } from '../domains/host-match';
import { ABORTED, FAILED, fetchErrorName } from '../http/fetch-error-name';
import { readBoundedBody, type FetchLike } from '../http/read-body';
import { emptyAttempt, NO_HTML, type HtmlInspection, type SweepAttempt, type InspectHtml, type RedirectStop, type SweepResult } from './sweep-result';

/**
 * One sweep probe: fetch a city host's front page the way a visit would, but follow redirects
 * ourselves (`redirect: 'manual'`) so that no request ever leaves the watched domains, record what
 * the response says (status, redirect chain, HTTPS/HSTS, Server, X-Powered-By, Last-Modified), and
 * hand a bounded piece of the HTML to the injected page inspection. No cookies are sent
 * (`credentials: 'omit'`): a sweep sees what an anonymous resident sees and carries no session.
 *
 * Browsers hide a manual redirect's target (an `opaqueredirect` response, status 0, no Location;
 * fetch spec "atomic HTTP redirect handling"). Node's fetch shows it. So in a browser a redirect
 * ends the probe with `redirectStop: 'target-hidden'` unless the injected fetch can expose the
 * Location; the host is still counted alive, since it answered.
 */

export interface ProbeOptions {
  fetchFn: FetchLike;
  watchedDomains: readonly string[];
  /** Aborted on timeout (reason `TimeoutError`) or cancel (any other reason). */
  signal: AbortSignal;
  now?: () => number;
  /** Issue 3's page inspection; without it the HTML fields stay empty. */
  inspectHtml?: InspectHtml;
  maxRedirects?: number;
  /** At most this much of a page is read (the detectors look at the head and the first screens). */
  maxHtmlBytes?: number;
}

export const DEFAULT_MAX_REDIRECTS = 10;
export const DEFAULT_MAX_HTML_BYTES = 512 * 1024;
const HEADER_TEXT_LIMIT = 200;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Failures after which plain http is worth a try: the https side is broken, not the host. */
const HTTPS_ONLY_FAILURES = /^net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|CONNECTION_CLOSED|SSL_|CERT_|FAILED$)/;


/** Probes `https://host/` (then `http://host/` when https fails at connection level). Never throws for network trouble. */
export async function probeHost(host: string, options: ProbeOptions): Promise<SweepResult> {
  const normalised = normaliseHost(host);
  if (normalised !== host || !options.watchedDomains.some((domain) => isUnderDomain(host, domain))) {
    // The scheduler refuses such hosts already; this guard keeps probeHost safe on its own.
    throw new RangeError(`probeHost: ${JSON.stringify(host.slice(0, 80))} is not a host under a watched domain`);
  }
  const now = options.now ?? Date.now;
  let attempt = await follow(`https://${host}/`, options);
  let httpsError: string | null = null;
  if (attempt.status === null && attempt.error !== null && HTTPS_ONLY_FAILURES.test(attempt.error) && !options.signal.aborted) {
    httpsError = attempt.error;
    attempt = await follow(`http://${host}/`, options);
  }
  return { source: 'sweep', host, checkedAt: now(), ...attempt, httpsError };
}

/** Requests `start` and follows redirects while they stay on the watched domains. */
async function follow(start: string, options: ProbeOptions): Promise<SweepAttempt> {
  const result = emptyAttempt();
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const seen = new Set<string>();
  let url = start;
  for (;;) {
    seen.add(url);
    let response: Response;
    try {
      response = await options.fetchFn(url, {
        redirect: 'manual',
        signal: options.signal,
        credentials: 'omit',
        cache: 'no-store',
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
      });
    } catch (error) {
      return { ...result, error: fetchErrorName(error, options.signal) };
    }
    const here = sanitiseUrl(url);
    if (response.type === 'opaqueredirect') {
      return { ...result, finalUrl: here, redirects: [...result.redirects, ...(here === null ? [] : [here])], https: url.startsWith('https:'), redirectStop: 'target-hidden' };
    }
    Object.assign(result, readHeaders(response, url), { status: response.status, finalUrl: here });
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return { ...result, ...(await readPage(response, here ?? url, options)) };
    await response.body?.cancel().catch(() => undefined);
    const next = nextUrl(location, url, options.watchedDomains);
    if ('stop' in next) return { ...result, redirectStop: next.stop };
    if (seen.has(next.url) || seen.size > maxRedirects) return { ...result, redirectStop: 'too-many-redirects', error: 'net::ERR_TOO_MANY_REDIRECTS' };
    if (here !== null) result.redirects = [...result.redirects, here];
    url = next.url;
  }
}

/** The absolute URL a Location header points to, or why it is not followed. */
function nextUrl(location: string, base: string, watchedDomains: readonly string[]): { url: string } | { stop: RedirectStop } {
  let target: URL;
  try {
    target = new URL(location, base);
  } catch {
    return { stop: 'bad-location' };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { stop: 'bad-location' };
  const host = normaliseHost(target.hostname);
  if (host === null || !watchedDomains.some((domain) => isUnderDomain(host, domain))) return { stop: 'outside-watched-domains' };
  target.hash = '';
  return { url: target.href };
}

function readHeaders(response: Response, url: string): Pick<SweepAttempt, 'https' | 'hsts' | 'server' | 'poweredBy' | 'lastModified'> {
  const header = (name: string) => cleanTitle(response.headers.get(name), HEADER_TEXT_LIMIT);
  const https = url.startsWith('https:');
  const maxAge = /max-age\s*=\s*"?(\d+)/i.exec(response.headers.get('strict-transport-security') ?? '');
  return {
    https,
    // HSTS counts only over https (browsers ignore it on http) and only with a positive max-age.
    hsts: https && maxAge !== null && Number(maxAge[1]) > 0,
    server: header('server'),
    poweredBy: header('x-powered-by'),
    lastModified: header('last-modified'),
  };
}

/** Reads a bounded piece of an HTML answer and runs the injected inspection on it. */
async function readPage(response: Response, url: string, options: ProbeOptions): Promise<HtmlInspection & { error?: string }> {
  const type = (response.headers.get('content-type') ?? 'text/html').toLowerCase();
  if (options.inspectHtml === undefined || !/\b(text\/html|application\/xhtml\+xml)\b/.test(type)) {
    await response.body?.cancel().catch(() => undefined);
    return { ...NO_HTML, software: [] };
  }
  let html: string;
  try {
    const { bytes } = await readBoundedBody(response, options.maxHtmlBytes ?? DEFAULT_MAX_HTML_BYTES);
    html = decodeHtml(bytes, type);
  } catch (error) {
    // The status is known; the body broke off (reset, timeout). Keep the status, name the failure.
    const name = fetchErrorName(error, options.signal);
    return { ...NO_HTML, software: [], error: name === ABORTED && !options.signal.aborted ? FAILED : name };
  }
  try {
    return options.inspectHtml(html, url);
  } catch {
    // A detector bug must not lose the probe's other facts.
    return { ...NO_HTML, software: [] };
  }
}

function decodeHtml(bytes: Uint8Array, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
