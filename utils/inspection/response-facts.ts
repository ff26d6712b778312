import { cleanTitle } from '../text/clean-text';
import { sanitiseUrl } from '../domains/host-match';
import type { RedirectHop, ResponseFacts } from './types';

/** A response header as webRequest reports it. */
export interface HttpHeader {
  name: string;
  value?: string;
}

/** Longest header value kept: banners are short, anything longer is noise or an attack. */
const MAX_HEADER_CHARS = 200;
/** Redirect hops kept per load: browsers give up at 20. */
export const MAX_REDIRECTS = 20;

/** The first header called `name` (case-insensitive), cleaned and bounded; null when absent or blank. */
export function headerValue(headers: readonly HttpHeader[] | undefined, name: string): string | null {
  const wanted = name.toLowerCase();
  const header = (headers ?? []).find((h) => typeof h.name === 'string' && h.name.toLowerCase() === wanted);
  return cleanTitle(header?.value, MAX_HEADER_CHARS);
}

/**
 * Whether a `Strict-Transport-Security` value turns HSTS on: a `max-age` directive above zero
 * (RFC 6797 §6.1; `max-age=0` switches it off). Quoted values are allowed by the grammar.
 */
export function hstsEnabled(value: string | null): boolean {
  if (value === null) return false;
  const match = /(?:^|;)\s*max-age\s*=\s*"?(\d{1,12})"?\s*(?:;|$)/i.exec(value);
  return match !== null && Number(match[1]) > 0;
}

/** An HTTP date (`Last-Modified`) as epoch ms, or null when unparsable or absurd. */
export function httpDate(value: string | null): number | null {
  if (value === null) return null;
  const time = Date.parse(value);
  if (!Number.isFinite(time) || time < Date.UTC(1990, 0, 1) || time > Date.UTC(9999, 11, 31)) return null;
  return time;
}

/** The hop a redirect response adds to the chain: where it was (origin + path) and its status. */
export function redirectHop(url: string, status: number): RedirectHop {
  return { url: sanitiseUrl(url), status: Number.isInteger(status) ? status : 0 };
}

export interface ResponseInput {
  url: string;
  time: number;
  statusCode?: number;
  headers?: readonly HttpHeader[];
  error?: string | null;
  redirects?: readonly RedirectHop[];
}

/** Pure: the facts of one final top-level response (or of its failure). Query strings never kept. */
export function responseFactsFrom(input: ResponseInput): ResponseFacts {
  const failed = input.error !== undefined && input.error !== null;
  return {
    checkedAt: input.time,
    url: sanitiseUrl(input.url),
    status: failed || input.statusCode === undefined || !Number.isInteger(input.statusCode) ? null : input.statusCode,
    error: failed ? input.error! : null,
    redirects: (input.redirects ?? []).slice(0, MAX_REDIRECTS),
    hsts: !failed && /^https:/i.test(input.url) && hstsEnabled(headerValue(input.headers, 'strict-transport-security')),
    server: failed ? null : headerValue(input.headers, 'server'),
    poweredBy: failed ? null : headerValue(input.headers, 'x-powered-by'),
    lastModified: failed ? null : httpDate(headerValue(input.headers, 'last-modified')),
  };
}

/** A version number in a product banner or generator tag: "Apache/2.4.41", "PHP/7.4.3", "WordPress 6.4.2", "Drupal 7". */
const VERSION_IN_BANNER = /(?:\/|\bv|\s)\d+(?:\.\d+)*(?=$|[\s;,()])/i;

/** Which of `Server`, `X-Powered-By` and the generator tags reveal a version number. */
export function versionSources(server: string | null, poweredBy: string | null, generators: readonly string[]): string[] {
  const sources: string[] = [];
  if (server !== null && VERSION_IN_BANNER.test(server)) sources.push('Server');
  if (poweredBy !== null && VERSION_IN_BANNER.test(poweredBy)) sources.push('X-Powered-By');
  if (generators.some((generator) => VERSION_IN_BANNER.test(generator))) sources.push('generator');
  return sources;
}
