import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createProposalsService } from '../../../utils/background/proposals-service';
import { createDbProvider } from '../../../utils/db/open-db';
import { listProposals } from '../../../utils/proposals/proposal-store';
import { createRegistryProvider } from '../../../utils/registry/registry-in-force';
import { saveCollector } from '../../../utils/settings/settings';
import { TEST_REGISTRY } from '../support/test-registry';

const T0 = Date.UTC(2026, 10, 27, 2, 0);
const HOST = 'contoh-usulan.makassarkota.go.id';
const PROPOSAL = { host: HOST, name: 'Contoh Usulan', opd: 'Diskominfo', appKind: 'khusus', platforms: ['web'], status: 'aktif', personInCharge: { name: 'Budi', contact: '0811' } };

/** The proposals service alone: its own database and a real registry provider over the test registry. */
function setup() {
  const getDb = createDbProvider();
  const registry = createRegistryProvider({ getDb, bundled: async () => TEST_REGISTRY });
  return { service: createProposalsService({ getDb, registry, now: () => T0 }), getDb };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('proposals service', () => {
  it('stores a valid proposal with the collector who made it and the time', async () => {
    const { service, getDb } = setup();
    await saveCollector(await getDb(), { name: 'Andi', unit: 'Diskominfo' });
    const reply = await service.handlers.saveProposal({ type: 'saveProposal', proposal: PROPOSAL });
    expect(reply.ok).toBe(true);
    const stored = await listProposals(await getDb());
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ proposal: { host: HOST, name: 'Contoh Usulan' }, collector: { name: 'Andi', unit: 'Diskominfo' }, createdAt: T0 });
  });

  it('checks the proposal again in the background: a host outside the watched domains is refused', async () => {
    const { service, getDb } = setup();
    const reply = await service.handlers.saveProposal({ type: 'saveProposal', proposal: { ...PROPOSAL, host: 'contoh.example.com' } });
    expect(reply.ok).toBe(false);
    expect(await listProposals(await getDb())).toEqual([]);
  });

  it('refuses a host the registry in force already lists', async () => {
    const { service } = setup();
    const reply = await service.handlers.saveProposal({ type: 'saveProposal', proposal: { ...PROPOSAL, host: 'dukcapil.makassarkota.go.id' } });
    expect(reply).toMatchObject({ ok: false, problems: [{ field: 'host' }] });
  });

  it('keeps a draft per host until it is deleted, and deleting a proposal lists the rest', async () => {
    const { service } = setup();
    await service.handlers.saveDraft({ type: 'saveDraft', host: HOST, draft: { name: 'Setengah' } });
    expect(await service.handlers.getDraft({ type: 'getDraft', host: HOST })).toEqual({ host: HOST, name: 'Setengah' });
    await service.handlers.deleteDraft({ type: 'deleteDraft', host: HOST });
    expect(await service.handlers.getDraft({ type: 'getDraft', host: HOST })).toBeNull();
    await service.handlers.saveProposal({ type: 'saveProposal', proposal: PROPOSAL });
    expect(await service.handlers.deleteProposal({ type: 'deleteProposal', host: HOST })).toEqual([]);
  });
});
