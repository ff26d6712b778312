import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDomainService, type PermissionsApi } from '../../../utils/background/domains-service';
import { createDbProvider } from '../../../utils/db/open-db';
import { getWatchedDomains, saveWatchedDomains } from '../../../utils/domains/domain-store';
import { createRegistryProvider } from '../../../utils/registry/registry-in-force';
import { TEST_REGISTRY } from '../support/test-registry';

/** The domains service alone: its own database, a real registry provider, a fake permissions API. */
function setup(initiallyGranted: string[] = []) {
  const granted = new Set(initiallyGranted);
  const permissions: PermissionsApi = {
    contains: vi.fn(async (origins: string[]) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async (origins: string[]) => {
      for (const o of origins) granted.delete(o);
      return true;
    }),
  };
  const getDb = createDbProvider();
  const registry = createRegistryProvider({ getDb, bundled: async () => TEST_REGISTRY });
  return { service: createDomainService({ getDb, registry, permissions }), getDb, granted, permissions };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('domains service', () => {
  it('starts with the default domain only and offers the optional one', async () => {
    const { service } = setup();
    const view = await service.handlers.getWatchedDomains({ type: 'getWatchedDomains' });
    expect(view.domains).toEqual(['makassarkota.go.id']);
    expect(view.defaults).toEqual(['makassarkota.go.id']);
    expect(view.optional).toContain('makassar.go.id');
  });

  it('refuses to add a domain whose host permission was not granted, and stores nothing', async () => {
    const { service, getDb } = setup();
    const reply = await service.handlers.addWatchedDomain({ type: 'addWatchedDomain', domain: 'makassar.go.id' });
    expect(reply).toMatchObject({ ok: false, reason: 'permission-missing' });
    expect(await getWatchedDomains(await getDb())).toEqual(['makassarkota.go.id']);
  });

  it('adds a granted domain, and its registry entries then count as watched', async () => {
    const { service } = setup(['*://*.makassar.go.id/*']);
    const reply = await service.handlers.addWatchedDomain({ type: 'addWatchedDomain', domain: 'makassar.go.id' });
    expect(reply.ok).toBe(true);
    expect(reply.view.domains).toEqual(['makassarkota.go.id', 'makassar.go.id']);
  });

  it('refuses a domain outside the allowed list before asking for any permission', async () => {
    const { service, permissions } = setup();
    const reply = await service.handlers.addWatchedDomain({ type: 'addWatchedDomain', domain: 'example.com' });
    expect(reply.ok).toBe(false);
    expect(permissions.contains).not.toHaveBeenCalled();
  });

  it('never removes the default domain, and gives a removed domain’s permission back after storing', async () => {
    const { service, getDb, granted } = setup(['*://*.makassar.go.id/*']);
    await service.handlers.addWatchedDomain({ type: 'addWatchedDomain', domain: 'makassar.go.id' });
    expect(await service.handlers.removeWatchedDomain({ type: 'removeWatchedDomain', domain: 'makassarkota.go.id' })).toMatchObject({ ok: false, reason: 'default-domain' });
    const reply = await service.handlers.removeWatchedDomain({ type: 'removeWatchedDomain', domain: 'makassar.go.id' });
    expect(reply.ok).toBe(true);
    expect(await getWatchedDomains(await getDb())).toEqual(['makassarkota.go.id']);
    expect(granted.has('*://*.makassar.go.id/*')).toBe(false);
  });

  it('reconcile drops a stored domain whose permission was taken away, and keeps the default', async () => {
    const { service, getDb } = setup();
    await saveWatchedDomains(await getDb(), ['makassarkota.go.id', 'makassar.go.id']);
    expect(await service.reconcile()).toEqual(['makassarkota.go.id']);
    expect(await getWatchedDomains(await getDb())).toEqual(['makassarkota.go.id']);
  });
});
