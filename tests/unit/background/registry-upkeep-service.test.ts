import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDbProvider } from '../../../utils/db/open-db';
import type { FetchLike } from '../../../utils/http/read-body';
import type { Request, ResponseMap } from '../../../utils/messaging/protocol';
import { createBackground, type BackgroundDeps } from '../../../utils/background/create-background';
import type { Registry } from '../../../utils/registry/schema';
import { entry, TEST_REGISTRY } from '../support/test-registry';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

const BUNDLED: Registry = { ...TEST_REGISTRY, version: '2026.11.01' };
const NEW_HOST = 'contoh-impor.makassarkota.go.id';
const IMPORTED: Registry = { ...BUNDLED, version: '2026.11.20', entries: [...BUNDLED.entries, entry({ id: 'contoh-impor', hosts: [NEW_HOST], status: 'aktif' })] };
const T0 = Date.UTC(2026, 10, 27, 2, 0);

function setup(over: Partial<BackgroundDeps> = {}) {
  let now = T0;
  const getDb = createDbProvider();
  const badges: string[] = [];
  const deps: BackgroundDeps = {
    getDb,
    bundled: async () => BUNDLED,
    unitPlan: async () => BUNDLED_UNIT_PLAN,
    opdUnits: async () => opdList(),
    extension: { version: '0.1.0', browser: 'chrome' },
    now: () => now,
    setBadge: async (_tab, badge) => void badges.push(badge.text),
    getTabTitle: async () => undefined,
    ...over,
  };
  const service = createBackground(deps);
  async function ask<T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
    const reply = await service.handleRequest(request);
    if (!reply.ok) throw new Error(`${request.type}: ${reply.error}`);
    return reply.value as ResponseMap[T];
  }
  return { service, ask, badges, deps, advance: (ms: number) => (now += ms) };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('registry in force', () => {
  it('is the bundled registry until one is applied', async () => {
    const { ask } = setup();
    const view = await ask({ type: 'getRegistry' });
    expect(view).toMatchObject({ revision: 0, domains: ['makassarkota.go.id'], info: { source: 'bundled', version: '2026.11.01', entryCount: 5, previous: null } });
    expect(view.registry).toBe(BUNDLED);
  });

  it('applies an import atomically, uses it for visits, badges and exports, and keeps the previous one', async () => {
    const { ask, service, badges } = setup();
    await service.onCommitted({ tabId: 1, frameId: 0, url: `https://${NEW_HOST}/` });
    expect(badges.at(-1)).toBe('?');
    const applied = await ask({ type: 'applyRegistry', registry: IMPORTED, fileName: 'C:\\data\\inventaris.json', basedOn: 0 });
    expect(applied).toMatchObject({ ok: true, view: { revision: 1, info: { source: 'file', origin: 'inventaris.json', version: '2026.11.20', entryCount: 6, previous: { source: 'bundled' } } } });
    await service.onCommitted({ tabId: 1, frameId: 0, url: `https://${NEW_HOST}/lagi` });
    expect(badges.at(-1)).toBe('✓');
    const card = await ask({ type: 'getSiteCard', url: `https://${NEW_HOST}/` });
    expect(card.kind === 'city' && card.entry?.id).toBe('contoh-impor');
    const exported = await ask({ type: 'getExport' });
    expect(exported.registry).toEqual({ version: '2026.11.20', entries: 5 });
    expect(exported.hosts.find((h) => h.host === NEW_HOST)).toMatchObject({ registered: true, findings: [] });
    expect((await ask({ type: 'getOverview' })).registryVersion).toBe('2026.11.20');
  });

  it('survives the worker dying: a new service reads the stored registry', async () => {
    const first = setup();
    await first.ask({ type: 'applyRegistry', registry: IMPORTED, fileName: 'a.json', basedOn: 0 });
    const second = setup(); // same IndexedDB, fresh memory
    const card = await second.ask({ type: 'getSiteCard', url: `https://${NEW_HOST}/` });
    expect(card.kind === 'city' && card.entry?.name).toBe('contoh-impor');
  });

  it('refuses a change prepared against an older revision, and an invalid or unwatched registry', async () => {
    const { ask } = setup();
    await ask({ type: 'applyRegistry', registry: IMPORTED, fileName: 'a.json', basedOn: 0 });
    expect(await ask({ type: 'applyRegistry', registry: BUNDLED, fileName: 'b.json', basedOn: 0 })).toMatchObject({ ok: false, reason: 'changed', view: { revision: 1 } });
    const broken = await ask({ type: 'applyRegistry', registry: { ...IMPORTED, version: 'x' }, fileName: 'c.json', basedOn: 1 });
    expect(broken).toMatchObject({ ok: false, reason: 'invalid' });
    if (!broken.ok) expect(broken.errors[0]?.id).toMatch(/^Registri tidak sah: .*version/);
    const elsewhere: Registry = { ...BUNDLED, domains: ['makassar.go.id'], entries: [entry({ id: 'lpse', hosts: ['lpse.makassar.go.id'] })] };
    expect(await ask({ type: 'applyRegistry', registry: elsewhere, fileName: 'd.json', basedOn: 1 })).toMatchObject({ ok: false, reason: 'invalid', errors: [{ en: 'Registry refused: no entry is on a watched domain (makassarkota.go.id); the registry in force stays.' }] });
    expect((await ask({ type: 'getRegistry' })).info.version).toBe('2026.11.20');
  });

  it('restores the bundled registry at any time and undoes one step (twice = redo)', async () => {
    const { ask } = setup();
    expect(await ask({ type: 'undoRegistry', basedOn: 0 })).toMatchObject({ ok: false, reason: 'nothing-to-undo' });
    await ask({ type: 'applyRegistry', registry: IMPORTED, fileName: 'a.json', basedOn: 0 });
    const restored = await ask({ type: 'restoreBundledRegistry', basedOn: 1 });
    expect(restored).toMatchObject({ ok: true, view: { revision: 2, info: { source: 'bundled', previous: { source: 'file', version: '2026.11.20' } } } });
    expect(restored.view.registry).toEqual(BUNDLED);
    const undone = await ask({ type: 'undoRegistry', basedOn: 2 });
    expect(undone).toMatchObject({ ok: true, view: { info: { source: 'file', version: '2026.11.20', previous: { source: 'bundled' } } } });
    expect(undone.view.registry).toEqual(IMPORTED);
    const redone = await ask({ type: 'undoRegistry', basedOn: 3 });
    expect(redone.view.info.source).toBe('bundled');
  });
});

describe('update URL', () => {
  const URL_ = 'https://diskominfo.makassarkota.go.id/registri.json';
  const json = (body: unknown, etag: string) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', etag } });

  it('refuses http and other domains, and skips the check when none is set', async () => {
    const { ask } = setup();
    expect(await ask({ type: 'setRegistryUpdateUrl', url: 'http://diskominfo.makassarkota.go.id/r.json' })).toMatchObject({ ok: false, reason: 'not-https' });
    expect(await ask({ type: 'setRegistryUpdateUrl', url: 'https://example.com/r.json' })).toMatchObject({ ok: false, reason: 'outside-domains' });
    expect(await ask({ type: 'checkRegistryUpdate' })).toMatchObject({ outcome: 'skipped' });
  });

  it('updates with ETag, records 304s, and keeps the registry when a download fails or is invalid', async () => {
    const fetchFn = vi.fn<FetchLike>(async () => json(IMPORTED, '"v2"'));
    const { ask, service, advance } = setup({ fetchFn });
    await ask({ type: 'setRegistryUpdateUrl', url: URL_ });
    const updated = await ask({ type: 'checkRegistryUpdate' });
    expect(updated).toMatchObject({ outcome: 'updated', view: { info: { source: 'url', origin: URL_, etag: '"v2"', version: '2026.11.20', lastCheck: { outcome: 'updated' } } } });

    fetchFn.mockImplementation(async () => new Response(null, { status: 304 }));
    expect(await ask({ type: 'checkRegistryUpdate' })).toMatchObject({ outcome: 'unchanged', reason: 'not-modified' });
    expect(fetchFn.mock.calls.at(-1)?.[1].headers).toMatchObject({ 'if-none-match': '"v2"' });

    fetchFn.mockImplementation(async () => new Response('{"format":"pantau.registry"', { status: 200, headers: { etag: '"bad"' } }));
    const invalid = await ask({ type: 'checkRegistryUpdate' });
    expect(invalid).toMatchObject({ outcome: 'failed', reason: 'invalid-registry', view: { info: { version: '2026.11.20', etag: '"v2"', lastCheck: { outcome: 'failed' } } } });
    expect(invalid.problems.length).toBeGreaterThan(0);
    fetchFn.mockImplementation(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await ask({ type: 'checkRegistryUpdate' })).toMatchObject({ outcome: 'failed', reason: 'network-error', message: { id: expect.stringContaining('registri tetap') } });

    // The alarm checks only once a day has passed since the last check.
    fetchFn.mockClear();
    expect(await service.runScheduledCheck()).toBeNull();
    advance(24 * 60 * 60 * 1000);
    fetchFn.mockImplementation(async () => new Response(null, { status: 304 }));
    expect(await service.runScheduledCheck()).toMatchObject({ outcome: 'unchanged' });
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });
});
