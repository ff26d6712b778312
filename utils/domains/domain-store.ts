import type { PantauDatabase } from '../db/open-db';
import { isUnderDomain, normaliseHost } from './host-match';
import { ALLOWED_DOMAINS } from './allowed-domains';
import { DEFAULT_WATCHED_DOMAINS } from './domain-rules';

/**
 * The stored list of watched domains (settings row `watchedDomains`). Reading is defensive: the
 * default domain always comes first, and a stored domain outside what the manifest allows
 * (ALLOWED_DOMAINS) is dropped, so a tampered row can never widen what Pantau watches.
 */

/** Cleans a stored or requested list: valid, allowed, unique, default first. */
export function cleanDomainList(domains: readonly unknown[]): string[] {
  const extra = domains
    .map((domain) => (typeof domain === 'string' ? normaliseHost(domain) : null))
    .filter((domain): domain is string => domain !== null)
    .filter((domain) => !DEFAULT_WATCHED_DOMAINS.includes(domain))
    .filter((domain) => ALLOWED_DOMAINS.some((allowed) => isUnderDomain(domain, allowed)));
  return [...new Set([...DEFAULT_WATCHED_DOMAINS, ...extra])];
}

/** The watched domains (the default list until an administrator adds one). */
export async function getWatchedDomains(db: PantauDatabase): Promise<string[]> {
  const row = await db.get('settings', 'watchedDomains');
  return row?.key === 'watchedDomains' && Array.isArray(row.value) ? cleanDomainList(row.value) : [...DEFAULT_WATCHED_DOMAINS];
}

/** Stores the list (cleaned) in one transaction and returns what was stored. */
export async function saveWatchedDomains(db: PantauDatabase, domains: readonly string[]): Promise<string[]> {
  const value = cleanDomainList(domains);
  await db.put('settings', { key: 'watchedDomains', value });
  return value;
}
