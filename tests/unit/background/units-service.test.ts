import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbProvider } from '../../../utils/db/open-db';
import type { Request, ResponseMap } from '../../../utils/messaging/protocol';
import { createBackground } from '../../../utils/background/create-background';
import { TEST_REGISTRY } from '../support/test-registry';
import { TEST_PLAN } from '../units/fixtures';
import { opdList } from '../../../utils/registry/opd-list';

const T0 = Date.UTC(2026, 11, 2, 2, 0);

function setup() {
  const getDb = createDbProvider();
  const service = createBackground({
    getDb,
    bundled: async () => TEST_REGISTRY,
    unitPlan: async () => TEST_PLAN,
    opdUnits: async () => opdList(),
    extension: { version: '0.1.0', browser: 'chrome' },
    now: () => T0,
    setBadge: async () => undefined,
    getTabTitle: async () => undefined,
  });
  async function ask<T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
    const reply = await service.handleRequest(request);
    if (!reply.ok) throw new Error(`${request.type}: ${reply.error}`);
    return reply.value as ResponseMap[T];
  }
  return { service, ask, getDb };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const IMPORTED = { ...TEST_PLAN, version: '2026.12.01', units: TEST_PLAN.units.slice(0, 3) };

describe('the unit plan in force', () => {
  it('is the bundled plan until an administrator imports one', async () => {
    const { ask } = setup();
    const view = await ask({ type: 'getUnitPlan' });
    expect(view).toMatchObject({ revision: 0, info: { source: 'bundled', version: '2026.01.01' }, sweeps: [] });
    expect(view.plan.units).toHaveLength(TEST_PLAN.units.length);
  });

  it('puts a valid import in force, refuses an invalid one and a stale preview, and restores the bundled plan', async () => {
    const { ask } = setup();
    const invalid = await ask({ type: 'applyUnitPlan', plan: { ...IMPORTED, units: [{ id: 'x', kind: 'kelurahan', name: 'Kelurahan X', hosts: [], source: [] }] }, fileName: 'rusak.json', basedOn: 0 });
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid', view: { revision: 0 } });
    const applied = await ask({ type: 'applyUnitPlan', plan: IMPORTED, fileName: 'unit-2026.json', basedOn: 0 });
    expect(applied).toMatchObject({ ok: true, view: { revision: 1, info: { source: 'file', fileName: 'unit-2026.json', appliedAt: T0 } } });
    expect((await ask({ type: 'getUnitPlan' })).plan.units).toHaveLength(3);
    expect(await ask({ type: 'restoreBundledUnitPlan', basedOn: 0 })).toMatchObject({ ok: false, reason: 'changed' });
    const restored = await ask({ type: 'restoreBundledUnitPlan', basedOn: 1 });
    expect(restored).toMatchObject({ ok: true, view: { revision: 2, info: { source: 'bundled' } } });
    expect(restored.view.plan.units).toHaveLength(TEST_PLAN.units.length);
  });

  it("carries this browser's sweep results of hosts nobody visited", async () => {
    const { ask } = setup();
    const stored = await ask({
      type: 'storeSweepResult',
      result: { host: 'contoh-dinsos.makassarkota.go.id', checkedAt: T0 - 1000, status: 200, finalUrl: 'https://contoh-dinsos.makassarkota.go.id/', redirects: [], hsts: true, server: null, poweredBy: null, lastModified: null, error: null },
      page: null,
    });
    expect(stored.stored).toBe(true);
    expect((await ask({ type: 'getUnitPlan' })).sweeps).toEqual([{ host: 'contoh-dinsos.makassarkota.go.id', checkedAt: T0 - 1000, state: 'live', status: 200 }]);
  });

  it('rejects a malformed unit request', async () => {
    const { service } = setup();
    const self = { extensionId: 'id', extensionOrigin: 'chrome-extension://id/' };
    const reply = await service.handleMessage({ type: 'applyUnitPlan', plan: {}, basedOn: -1 }, { id: 'id', url: 'chrome-extension://id/dashboard.html' }, self);
    expect(reply).toMatchObject({ ok: false, code: 'invalid-request' });
  });
});
