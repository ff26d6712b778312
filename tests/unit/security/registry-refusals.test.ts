import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDbProvider } from '../../../utils/db/open-db';
import type { FetchLike } from '../../../utils/http/read-body';
import type { Request, ResponseMap } from '../../../utils/messaging/protocol';
import { createBackground } from '../../../utils/background/create-background';
import { previewImport } from '../../../utils/registry-import/import-preview';
import { parseRegistry } from '../../../utils/registry/parse-registry';
import { checkRegistryUrl } from '../../../utils/registry/registry-update';
import type { Registry } from '../../../utils/registry/schema';
import { entry, TEST_REGISTRY } from '../support/test-registry';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { opdList } from '../../../utils/registry/opd-list';

/**
 * One rule for every way a registry comes in (update URL, dashboard import, apply): a registry with
 * no entry on a watched domain would turn every city host unregistered, so it is refused before
 * anything changes, with the reason in both languages, and the registry in force stays.
 */
const DOMAINS = ['makassarkota.go.id'];
const EMPTY: Registry = { ...TEST_REGISTRY, version: '2026.12.01', entries: [] };
const ELSEWHERE: Registry = { ...TEST_REGISTRY, version: '2026.12.01', domains: ['makassar.go.id'], entries: [entry({ id: 'lpse', hosts: ['lpse.makassar.go.id'] })] };
const URL_ = 'https://diskominfo.makassarkota.go.id/registri.json';
const NOW = new Date('2026-12-01T00:00:00Z');
const serve = (body: unknown): FetchLike => async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

const REASON = { id: expect.stringContaining('domain yang dipantau (makassarkota.go.id)'), en: expect.stringContaining('watched domain (makassarkota.go.id)') };

describe('a registry with no entry on a watched domain', () => {
  it.each([['entries: []', EMPTY], ['only another domain', ELSEWHERE]])('is refused at the update URL (%s)', async (_name, registry) => {
    const result = await checkRegistryUrl({ url: URL_, etag: null, current: TEST_REGISTRY, watchedDomains: DOMAINS, opdUnits: opdList(), fetchFn: serve(registry), now: NOW });
    expect(result).toMatchObject({ kind: 'failed', reason: 'no-watched-entry', message: REASON });
  });

  it.each([['entries: []', EMPTY], ['only another domain', ELSEWHERE]])('is refused by the dashboard import, in the preview (%s)', (_name, registry) => {
    const preview = previewImport({ content: JSON.stringify(registry), fileName: 'registri.json', current: TEST_REGISTRY, watchedDomains: DOMAINS, now: NOW });
    expect(preview).toMatchObject({ ok: false, problems: [{ reason: 'no-watched-entry', message: REASON }] });
  });

  it('is refused from a CSV with a header and no rows', () => {
    const preview = previewImport({ content: 'nama,host,opd\r\n', fileName: 'kosong.csv', current: TEST_REGISTRY, watchedDomains: DOMAINS, now: NOW });
    expect(preview).toMatchObject({ ok: false, problems: [{ reason: 'no-watched-entry' }] });
  });

  describe('through the background', () => {
    beforeEach(() => {
      globalThis.indexedDB = new IDBFactory();
    });

    it('keeps the registry in force when the update URL serves one, and when a page applies one', async () => {
      const fetchFn = vi.fn<FetchLike>(serve(EMPTY));
      const service = createBackground({
        getDb: createDbProvider(),
        bundled: async () => TEST_REGISTRY,
        unitPlan: async () => BUNDLED_UNIT_PLAN,
        opdUnits: async () => opdList(),
        extension: { version: '0.1.0', browser: 'chrome' },
        now: () => NOW.getTime(),
        setBadge: async () => {},
        getTabTitle: async () => undefined,
        fetchFn,
      });
      const ask = async <T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]> => {
        const reply = await service.handleRequest(request);
        if (!reply.ok) throw new Error(reply.error);
        return reply.value as ResponseMap[T];
      };
      await ask({ type: 'setRegistryUpdateUrl', url: URL_ });
      expect(await ask({ type: 'checkRegistryUpdate' })).toMatchObject({ outcome: 'failed', reason: 'no-watched-entry', message: REASON });
      expect(await ask({ type: 'applyRegistry', registry: EMPTY, fileName: 'kosong.json', basedOn: 0 })).toMatchObject({ ok: false, reason: 'invalid', errors: [REASON] });
      const view = await ask({ type: 'getRegistry' });
      expect(view.info).toMatchObject({ source: 'bundled', entryCount: TEST_REGISTRY.entries.length });
    });
  });
});

describe('registry text fields are bounded', () => {
  const withEntry = (over: Partial<Registry['entries'][number]>): Registry => ({ ...TEST_REGISTRY, version: '2026.11.27', entries: [entry({ id: 'besar', hosts: ['besar.makassarkota.go.id'], ...over })] });

  it.each([
    ['name', { name: 'x'.repeat(4_500_000) }],
    ['abbreviation', { abbreviation: 'x'.repeat(1_000) }],
    ['opd', { opd: 'x'.repeat(1_000) }],
    ['description', { description: 'x'.repeat(20_000) }],
    ['url', { url: `https://besar.makassarkota.go.id/${'x'.repeat(5_000)}` }],
    ['source', { source: [`https://makassarkota.go.id/${'x'.repeat(5_000)}`] }],
    ['androidPackage', { androidPackage: `id.go.${'x'.repeat(500)}` }],
  ])('refuses an overlong %s with a clear reason', (field, over) => {
    const result = parseRegistry(withEntry(over as never));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(new RegExp(`field "${field}(\\[0\\])?": must be at most \\d+ characters`));
  });

  it('refuses too many hosts, sources or entries', () => {
    const hosts = Array.from({ length: 1_001 }, (_, i) => `h${i}.makassarkota.go.id`);
    const result = parseRegistry(withEntry({ hosts }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/field "hosts": must list at most \d+/);
  });

  it('accepts the bundled registry, well inside every bound', async () => {
    const { BUNDLED_REGISTRY } = await import('../../../utils/registry/bundled');
    expect(parseRegistry(BUNDLED_REGISTRY).ok).toBe(true);
  });
});

describe('registry names', () => {
  it('lose zero-width characters and bidi overrides', () => {
    const result = parseRegistry({ ...TEST_REGISTRY, version: '2026.11.27', entries: [entry({ id: 'dukcapil', hosts: ['dukcapil.makassarkota.go.id'], name: 'Duk\u200bcapil\u202e', opd: 'Dinas\u2066 Kependudukan', abbreviation: '\ufeffDKP' })] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.registry.entries[0]).toMatchObject({ name: 'Dukcapil', opd: 'Dinas Kependudukan', abbreviation: 'DKP' });
  });
});
