import { hostPermissionPattern, isUnderDomain, navigationUrlFilters, normaliseHost } from './host-match';
import type { LocalText } from '../registry-import/problems';
import type { Registry, RegistryEntry } from '../registry/schema';
import { OPTIONAL_DOMAINS, WATCHED_DOMAIN } from './allowed-domains';

/**
 * The list of watched domains. `makassarkota.go.id` is the default and always watched (its host
 * permission is in the manifest); an administrator may add others, such as `makassar.go.id`, whose
 * permission is requested at run time as an optional host permission. Detection, registry
 * validation and the sweep all follow this list.
 */

/** The watched domains on first start. */
export const DEFAULT_WATCHED_DOMAINS: readonly string[] = [WATCHED_DOMAIN];

/**
 * Suffixes under which anyone can register a name, so watching one would mean watching strangers.
 * Indonesia's second-level domains (PANDI), plus the few multi-label suffixes a typo is likely to hit.
 * A single label (a TLD such as `id`) is refused by `normaliseHost` already.
 */
export const PUBLIC_SUFFIXES: ReadonlySet<string> = new Set([
  'go.id', 'co.id', 'ac.id', 'or.id', 'sch.id', 'net.id', 'web.id', 'my.id', 'mil.id', 'desa.id', 'ponpes.id', 'biz.id',
  'co.uk', 'org.uk', 'com.au', 'com.sg', 'com.my', 'gov.my', 'blogspot.com', 'github.io',
]);

export type DomainCheck =
  | { ok: true; domain: string; supersedes: string[]; warning: LocalText | null }
  | { ok: false; reason: 'invalid' | 'public-suffix' | 'already-covered'; message: LocalText };

/**
 * Checks a domain an administrator wants to add. Accepts what people paste (`https://makassar.go.id/`,
 * `*.makassar.go.id`, `www.makassar.go.id`) and reduces it to the domain. `supersedes` lists watched
 * domains the new one covers (they can be dropped). Domains outside `.go.id` are allowed with a
 * warning: a city site may sit elsewhere, but it is unusual.
 */
export function validateWatchedDomain(input: string, watched: readonly string[]): DomainCheck {
  let text = input.trim().toLowerCase();
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/^\*\./, '').replace(/^www\./, '');
  const domain = normaliseHost(text);
  if (domain === null) {
    return { ok: false, reason: 'invalid', message: { id: `${JSON.stringify(input.slice(0, 80))} bukan nama domain.`, en: `${JSON.stringify(input.slice(0, 80))} is not a domain name.` } };
  }
  if (PUBLIC_SUFFIXES.has(domain)) {
    return { ok: false, reason: 'public-suffix', message: { id: `${domain} adalah akhiran publik; setiap orang dapat mendaftar di bawahnya.`, en: `${domain} is a public suffix: anyone can register names under it.` } };
  }
  const covering = watched.find((existing) => isUnderDomain(domain, existing));
  if (covering !== undefined) {
    return { ok: false, reason: 'already-covered', message: { id: `${domain} sudah dipantau lewat ${covering}.`, en: `${domain} is already watched through ${covering}.` } };
  }
  const warning = isUnderDomain(domain, 'go.id')
    ? null
    : { id: `${domain} bukan domain pemerintah (.go.id). Pastikan situs ini milik Pemkot.`, en: `${domain} is not a government (.go.id) domain. Make sure the city runs it.` };
  return { ok: true, domain, supersedes: watched.filter((existing) => isUnderDomain(existing, domain)), warning };
}

/** The list after adding a checked domain: covered domains dropped, the default kept first. */
export function addWatchedDomain(watched: readonly string[], domain: string): string[] {
  return [...watched.filter((existing) => !isUnderDomain(existing, domain)), domain];
}

/** The list after removing a domain. The default cannot be removed: the extension exists for it. */
export function removeWatchedDomain(watched: readonly string[], domain: string): string[] {
  return watched.filter((existing) => existing !== domain || DEFAULT_WATCHED_DOMAINS.includes(existing));
}

/** Host-permission match patterns for a list (`*://*.d/*` also matches the bare `d`). */
export function hostPermissionPatterns(domains: readonly string[]): string[] {
  return domains.map(hostPermissionPattern);
}

/** webNavigation filters for a list, so the worker sleeps through every other site. */
export function navigationFilters(domains: readonly string[]): { url: Array<{ hostEquals?: string; hostSuffix?: string }> } {
  return { url: navigationUrlFilters(domains) };
}

/**
 * The optional permissions to request and to remove when the list changes from `before` to `after`
 * (for `permissions.request` / `permissions.remove`). The default domain's permission is required in
 * the manifest and never appears here.
 */
export function permissionChanges(before: readonly string[], after: readonly string[]): { request: string[]; remove: string[] } {
  const optional = (list: readonly string[]) => new Set(list.filter((d) => !DEFAULT_WATCHED_DOMAINS.includes(d)));
  const was = optional(before);
  const now = optional(after);
  return {
    request: hostPermissionPatterns([...now].filter((d) => !was.has(d))),
    remove: hostPermissionPatterns([...was].filter((d) => !now.has(d))),
  };
}

/**
 * Registry entries that play a part for a list (`active`: at least one host under a watched domain)
 * and those kept only as data (`dormant`), plus the registry's domains that are not watched with how
 * many dormant entries each would bring in, for the settings page to suggest.
 */
export function entriesForDomains(
  registry: Registry,
  watched: readonly string[],
): { active: RegistryEntry[]; dormant: RegistryEntry[]; suggest: Array<{ domain: string; entries: number }> } {
  const isWatched = (host: string) => watched.some((domain) => isUnderDomain(host, domain));
  const active = registry.entries.filter((entry) => entry.hosts.some(isWatched));
  const dormant = registry.entries.filter((entry) => !entry.hosts.some(isWatched));
  const suggest = registry.domains
    .filter((domain) => !isWatched(domain))
    .map((domain) => ({ domain, entries: dormant.filter((entry) => entry.hosts.some((host) => isUnderDomain(host, domain))).length }))
    .filter(({ entries }) => entries > 0);
  return { active, dormant, suggest };
}

/** The result of {@link checkDomainToAdd}: a DomainCheck, or refused because the manifest does not declare it. */
export type AddDomainCheck = DomainCheck | { ok: false; reason: 'not-allowed'; message: LocalText };

/**
 * What the settings page runs before asking for a permission: `validateWatchedDomain`, then whether
 * the domain lies under one the manifest declares as an optional host permission (OPTIONAL_DOMAINS;
 * Chrome refuses to grant anything else at run time). Synchronous, so the permission request that
 * follows still runs inside the click's user gesture.
 */
export function checkDomainToAdd(input: string, watched: readonly string[], allowed: readonly string[] = OPTIONAL_DOMAINS): AddDomainCheck {
  const check = validateWatchedDomain(input, watched);
  if (!check.ok) return check;
  if (allowed.some((domain) => isUnderDomain(check.domain, domain))) return check;
  const list = allowed.join(', ');
  return {
    ok: false,
    reason: 'not-allowed',
    message: {
      id: `${check.domain} tidak dapat ditambahkan: Pantau hanya meminta izin untuk domain yang tercantum di manifesnya (${list}). Domain lain memerlukan rilis Pantau baru yang ditinjau Diskominfo.`,
      en: `${check.domain} cannot be added: Pantau only asks for permissions its manifest declares (${list}). Another domain needs a new, reviewed Pantau release.`,
    },
  };
}
