import type { PantauDatabase } from '../db/open-db';
import type { LocalText } from '../registry-import/problems';
import type { RegistryProvider } from '../registry/registry-in-force';
import type { Handlers } from '../messaging/protocol';
import type { DomainChangeReply, WatchedDomainsView } from '../messaging/views';
import { OPTIONAL_DOMAINS } from '../domains/allowed-domains';
import { addWatchedDomain, checkDomainToAdd, DEFAULT_WATCHED_DOMAINS, entriesForDomains, hostPermissionPatterns, permissionChanges, removeWatchedDomain } from '../domains/domain-rules';
import { getWatchedDomains, saveWatchedDomains } from '../domains/domain-store';

/** The part of `browser.permissions` the background uses (origins only). */
export interface PermissionsApi {
  contains(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
}

/**
 * Adding and removing watched domains. The page asks the user for the host permission (only a page
 * can, inside the click); the background then checks the permission really is granted before it
 * stores the domain, so no message can make Pantau watch a domain it has no permission for.
 * Removing a domain first stops watching it (the list is stored), then gives the permission back.
 */
export function createDomainService(deps: {
  getDb: () => Promise<PantauDatabase>;
  registry: RegistryProvider;
  permissions: PermissionsApi;
}) {
  async function view(): Promise<WatchedDomainsView> {
    const context = await deps.registry.current();
    return {
      domains: context.domains,
      defaults: [...DEFAULT_WATCHED_DOMAINS],
      optional: [...OPTIONAL_DOMAINS],
      suggest: entriesForDomains(context.registry, context.domains).suggest,
    };
  }

  async function refused(reason: string, message: LocalText): Promise<DomainChangeReply> {
    return { ok: false, reason, message, view: await view() };
  }

  async function add(input: string): Promise<DomainChangeReply> {
    const db = await deps.getDb();
    const before = await getWatchedDomains(db);
    const check = checkDomainToAdd(input, before);
    if (!check.ok) return refused(check.reason, check.message);
    const after = addWatchedDomain(before, check.domain);
    const { request, remove } = permissionChanges(before, after);
    const granted = request.length === 0 || (await deps.permissions.contains(request).catch(() => false));
    if (!granted) {
      return refused('permission-missing', {
        id: `Izin akses untuk ${check.domain} belum diberikan; domain tidak ditambahkan.`,
        en: `Access to ${check.domain} was not granted; the domain was not added.`,
      });
    }
    await saveWatchedDomains(db, after);
    if (remove.length > 0) await deps.permissions.remove(remove).catch(() => false);
    return { ok: true, view: await view(), warning: check.warning };
  }

  async function remove(domain: string): Promise<DomainChangeReply> {
    const db = await deps.getDb();
    const before = await getWatchedDomains(db);
    if (DEFAULT_WATCHED_DOMAINS.includes(domain)) {
      return refused('default-domain', { id: `${domain} adalah domain utama Pantau dan selalu dipantau.`, en: `${domain} is Pantau's own domain and is always watched.` });
    }
    if (!before.includes(domain)) return refused('not-watched', { id: `${domain} tidak sedang dipantau.`, en: `${domain} is not watched.` });
    const after = removeWatchedDomain(before, domain);
    const saved = await saveWatchedDomains(db, after);
    // Stop watching first, then give the permission back: a failure here leaves an unused permission, never a watched domain without one.
    const { remove: origins } = permissionChanges(before, saved);
    if (origins.length > 0) await deps.permissions.remove(origins).catch(() => false);
    return { ok: true, view: await view(), warning: null };
  }

  /**
   * At start-up and when a permission is taken away (chrome://extensions, or another extension
   * page): keeps only the domains whose permission is still granted. Returns the list in force.
   */
  async function reconcile(): Promise<string[]> {
    const db = await deps.getDb();
    const before = await getWatchedDomains(db);
    const kept: string[] = [];
    for (const domain of before) {
      const required = DEFAULT_WATCHED_DOMAINS.includes(domain);
      if (required || (await deps.permissions.contains(hostPermissionPatterns([domain])).catch(() => false))) kept.push(domain);
    }
    if (kept.length === before.length) return before;
    return saveWatchedDomains(db, kept);
  }

  const handlers: Pick<Handlers, 'getWatchedDomains' | 'addWatchedDomain' | 'removeWatchedDomain'> = {
    getWatchedDomains: () => view(),
    addWatchedDomain: (request) => add(request.domain),
    removeWatchedDomain: (request) => remove(request.domain),
  };
  return { handlers, reconcile };
}
