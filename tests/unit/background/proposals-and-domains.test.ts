import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseExport } from '../../../utils/export/parse-export';
import { createDbProvider } from '../../../utils/db/open-db';
import type { Request, ResponseMap } from '../../../utils/messaging/protocol';
import { createBackground } from '../../../utils/background/create-background';
import type { Registry } from '../../../utils/registry/schema';
import type { PermissionsApi } from '../../../utils/background/domains-service';
import { TEST_REGISTRY } from '../support/test-registry';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

const BUNDLED: Registry = { ...TEST_REGISTRY, version: '2026.11.01' };
const HOST = 'contoh-usulan.makassarkota.go.id';
const T0 = Date.UTC(2026, 10, 27, 2, 0);
const PROPOSAL = { host: HOST, name: 'Contoh Usulan', opd: 'Diskominfo', appKind: 'khusus', platforms: ['web'], status: 'aktif', personInCharge: { name: 'Budi', contact: '0811' } };

function setup() {
  const granted = new Set<string>();
  const permissions: PermissionsApi = {
    contains: vi.fn(async (origins: string[]) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async (origins: string[]) => {
      for (const o of origins) granted.delete(o);
      return true;
    }),
  };
  const service = createBackground({
    getDb: createDbProvider(),
    bundled: async () => BUNDLED,
    unitPlan: async () => BUNDLED_UNIT_PLAN,
    opdUnits: async () => opdList(),
    extension: { version: '0.1.0', browser: 'chrome' },
    now: () => T0,
    setBadge: async () => undefined,
    getTabTitle: async () => undefined,
    permissions,
  });
  async function ask<T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
    const reply = await service.handleRequest(request);
    if (!reply.ok) throw new Error(`${request.type}: ${reply.error}`);
    return reply.value as ResponseMap[T];
  }
  return { service, ask, granted, permissions };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('proposals', () => {
  it('keeps a draft per host, restores it in the site card, and drops it when the proposal is stored', async () => {
    const { ask, service } = setup();
    await service.onCommitted({ tabId: 1, frameId: 0, url: `https://${HOST}/` });
    expect(await ask({ type: 'saveDraft', host: HOST, draft: { name: 'Contoh', platforms: ['web', 'tv'] } })).toEqual({ host: HOST, name: 'Contoh', platforms: ['web'] });
    const card = await ask({ type: 'getSiteCard', url: `https://${HOST}/` });
    expect(card.kind === 'city' && card.draft).toEqual({ host: HOST, name: 'Contoh', platforms: ['web'] });

    await ask({ type: 'saveSettings', settings: { name: 'Andi', unit: 'Kecamatan Wajo' } });
    const saved = await ask({ type: 'saveProposal', proposal: PROPOSAL });
    expect(saved).toMatchObject({ ok: true, record: { collector: { name: 'Andi', unit: 'Kecamatan Wajo' }, createdAt: T0, proposal: { host: HOST } } });
    expect(await ask({ type: 'getDraft', host: HOST })).toBeNull();
    const after = await ask({ type: 'getSiteCard', url: `https://${HOST}/` });
    expect(after.kind === 'city' && after.proposal?.proposal.name).toBe('Contoh Usulan');
  });

  it('refuses an incomplete proposal field by field, and one for a registered host', async () => {
    const { ask } = setup();
    const missing = await ask({ type: 'saveProposal', proposal: { host: HOST, platforms: [] } });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['name', 'opd', 'appKind', 'platforms', 'status']));
    const registered = await ask({ type: 'saveProposal', proposal: { ...PROPOSAL, host: 'dukcapil.makassarkota.go.id' } });
    expect(registered).toMatchObject({ ok: false, problems: [{ field: 'host', code: 'invalid' }] });
    expect(await ask({ type: 'getProposals' })).toEqual([]);
  });

  it('lists, edits and deletes proposals, and puts them in the JSON export', async () => {
    const { ask } = setup();
    await ask({ type: 'saveProposal', proposal: PROPOSAL });
    await ask({ type: 'saveProposal', proposal: { ...PROPOSAL, name: 'Nama Baru' } });
    expect((await ask({ type: 'getProposals' })).map((r) => r.proposal.name)).toEqual(['Nama Baru']);
    const exported = await ask({ type: 'getExport' });
    expect(parseExport(JSON.parse(JSON.stringify(exported))).ok).toBe(true);
    expect(exported.proposals).toEqual([
      { ...PROPOSAL, name: 'Nama Baru', collector: { name: '', unit: '' }, createdAt: new Date(T0).toISOString() },
    ]);
    expect(await ask({ type: 'deleteProposal', host: HOST })).toEqual([]);
    expect((await ask({ type: 'getExport' })).proposals).toEqual([]);
  });
});

describe('watched domains', () => {
  it('adds a domain only once its permission is granted, and follows it everywhere', async () => {
    const { ask, service, granted } = setup();
    const url = 'https://lpse.makassar.go.id/eproc';
    expect(await service.onCommitted({ tabId: 1, frameId: 0, url })).toBeNull();
    expect(await ask({ type: 'addWatchedDomain', domain: 'makassar.go.id' })).toMatchObject({ ok: false, reason: 'permission-missing' });
    expect((await ask({ type: 'getWatchedDomains' })).suggest).toEqual([{ domain: 'makassar.go.id', entries: 1 }]);

    granted.add('*://*.makassar.go.id/*');
    const added = await ask({ type: 'addWatchedDomain', domain: 'https://www.makassar.go.id/' });
    expect(added).toMatchObject({ ok: true, view: { domains: ['makassarkota.go.id', 'makassar.go.id'], suggest: [] } });
    // Detection, the registry and the export follow the list.
    expect(await service.onCommitted({ tabId: 1, frameId: 0, url })).toMatchObject({ host: 'lpse.makassar.go.id' });
    const card = await ask({ type: 'getSiteCard', url });
    expect(card.kind === 'city' && card.entry?.id).toBe('lpse');
    expect((await ask({ type: 'getOverview' })).registryEntries).toBe(5);
    expect((await ask({ type: 'getRegistry' })).domains).toEqual(['makassarkota.go.id', 'makassar.go.id']);
  });

  it('refuses domains the manifest does not declare, public suffixes and the default domain removal', async () => {
    const { ask, permissions } = setup();
    expect(await ask({ type: 'addWatchedDomain', domain: 'example.com' })).toMatchObject({ ok: false, reason: 'not-allowed', message: { id: expect.stringContaining('makassar.go.id') } });
    expect(await ask({ type: 'addWatchedDomain', domain: 'go.id' })).toMatchObject({ ok: false, reason: 'public-suffix' });
    expect(await ask({ type: 'removeWatchedDomain', domain: 'makassarkota.go.id' })).toMatchObject({ ok: false, reason: 'default-domain' });
    expect(permissions.contains).not.toHaveBeenCalled();
  });

  it('removes a domain and gives its permission back; a permission revoked elsewhere drops the domain', async () => {
    const { ask, service, granted, permissions } = setup();
    granted.add('*://*.makassar.go.id/*');
    await ask({ type: 'addWatchedDomain', domain: 'makassar.go.id' });
    const removed = await ask({ type: 'removeWatchedDomain', domain: 'makassar.go.id' });
    expect(removed).toMatchObject({ ok: true, view: { domains: ['makassarkota.go.id'] } });
    expect(permissions.remove).toHaveBeenCalledWith(['*://*.makassar.go.id/*']);
    expect(granted.size).toBe(0);

    granted.add('*://*.makassar.go.id/*');
    await ask({ type: 'addWatchedDomain', domain: 'makassar.go.id' });
    granted.clear(); // e.g. withdrawn in chrome://extensions
    expect(await service.reconcileDomains()).toEqual(['makassarkota.go.id']);
    expect(await service.onCommitted({ tabId: 1, frameId: 0, url: 'https://lpse.makassar.go.id/' })).toBeNull();
  });
});

describe('protocol', () => {
  it('refuses drafts and proposals keyed by something that is not a normalised host', async () => {
    const { parseRequest } = await import('../../../utils/messaging/protocol');
    expect(parseRequest({ type: 'saveDraft', host: 'Contoh.Makassarkota.go.id', draft: {} })).toBeNull();
    expect(parseRequest({ type: 'deleteProposal', host: 'a/../b' })).toBeNull();
    expect(parseRequest({ type: 'getDraft', host: 'contoh.makassarkota.go.id' })).toEqual({ type: 'getDraft', host: 'contoh.makassarkota.go.id' });
    expect(parseRequest({ type: 'applyRegistry', registry: {}, fileName: '', basedOn: 0 })).toBeNull();
  });
});
