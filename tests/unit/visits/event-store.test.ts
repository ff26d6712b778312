import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openPantauDB, type PantauDatabase } from '../../../utils/db/open-db';
import { recordRedirect } from '../../../utils/inspection/inspection-store';
import { saveInspectionSettings } from '../../../utils/settings/settings';
import { storeLoadEnd, storePageReport, storeResponse, storeVisit } from '../../../utils/visits/event-store';
import type { VisitEvent } from '../../../utils/visits/visit-recorder';
import { saveWatchedDomains } from '../../../utils/domains/domain-store';
import { pageFacts } from '../inspection/support';

const HOST = 'dukcapil.makassarkota.go.id';
const OTHER = 'pemkot.makassar.go.id';
const T0 = new Date(2026, 10, 27, 9, 30).getTime();
const visit = (over: Partial<VisitEvent> = {}): VisitEvent => ({ host: HOST, url: `https://${HOST}/layanan`, time: T0, outcome: 'ok', error: null, ...over });

let db: PantauDatabase;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openPantauDB();
  return () => db.close();
});

/** Counts transactions the code opens on `db`. */
function countTransactions(target: PantauDatabase): { count: number } {
  const counter = { count: 0 };
  const open = target.transaction.bind(target);
  (target as { transaction: unknown }).transaction = (...args: Parameters<typeof open>) => {
    counter.count += 1;
    return open(...args);
  };
  return counter;
}

describe('storeVisit (one transaction per visit, deciding inside it)', () => {
  it('records a visit of a watched host in one transaction and returns what the badge needs', async () => {
    await saveInspectionSettings(db, { staleMonths: 6, reinspectHours: 2 });
    const counter = countTransactions(db);
    const stored = await storeVisit(db, visit());
    expect(counter.count).toBe(1);
    expect(stored).toMatchObject({ record: { host: HOST, visits: 1 }, domains: ['makassarkota.go.id'], registryRevision: 0, inspection: null, settings: { staleMonths: 6, reinspectHours: 2 } });
    expect((await db.get('hosts', HOST))?.visits).toBe(1);
  });

  it('writes nothing for a host under a domain that is allowed but not watched, and records it once watched', async () => {
    expect(await storeVisit(db, visit({ host: OTHER, url: `https://${OTHER}/` }))).toBeNull();
    expect(await db.get('hosts', OTHER)).toBeUndefined();
    await saveWatchedDomains(db, ['makassarkota.go.id', 'makassar.go.id']);
    expect((await storeVisit(db, visit({ host: OTHER, url: `https://${OTHER}/` })))?.record.visits).toBe(1);
  });

  it('counts concurrent visits exactly', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => storeVisit(db, visit({ time: T0 + i }))));
    expect((await db.get('hosts', HOST))?.visits).toBe(50);
  });
});

describe('storeLoadEnd', () => {
  it('keeps the title of the last URL and returns the inspection for the policy, in one transaction', async () => {
    await storeVisit(db, visit());
    await storePageReport(db, HOST, pageFacts({ title: 'Dari halaman' }), T0 + 10, `https://${HOST}/layanan`);
    const counter = countTransactions(db);
    const ended = await storeLoadEnd(db, HOST, `https://${HOST}/layanan`, 'Layanan\u202e Dukcapil');
    expect(counter.count).toBe(1);
    expect(ended?.record?.lastTitle).toBe('Layanan Dukcapil');
    expect(ended?.inspection?.page?.checkedAt).toBe(T0 + 10);
    // Another page is not the last URL: its title is not taken.
    expect((await storeLoadEnd(db, HOST, `https://${HOST}/lain`, 'Lain'))?.record?.lastTitle).toBe('Layanan Dukcapil');
    expect(await storeLoadEnd(db, OTHER, null, 'x')).toBeNull();
  });
});

describe('a visit whose commit event was lost', () => {
  it('is counted at the end of its load, once, and a counted document is never counted again', async () => {
    await storeVisit(db, visit({ documentId: 'doc-1' }));
    // The load of doc-1 ends: already counted.
    expect((await storeLoadEnd(db, HOST, `https://${HOST}/layanan`, 'A', { documentId: 'doc-1', time: T0 + 5 }))?.counted).toBe(false);
    // doc-2 committed while the worker was stopped: its load's end counts it.
    const late = await storeLoadEnd(db, HOST, `https://${HOST}/baru`, 'Baru', { documentId: 'doc-2', time: T0 + 10 });
    expect(late).toMatchObject({ counted: true, record: { visits: 2, lastUrl: `https://${HOST}/baru`, lastTitle: 'Baru', lastSeen: T0 + 10 } });
    expect((await storeLoadEnd(db, HOST, `https://${HOST}/baru`, 'Baru', { documentId: 'doc-2', time: T0 + 20 }))?.counted).toBe(false);
    // A page restored from the back/forward cache commits again with its old id: a visit, as before.
    expect((await storeVisit(db, visit({ documentId: 'doc-1', time: T0 + 30 })))?.record.visits).toBe(3);
    expect((await db.get('hosts', HOST))?.recentDocuments).toEqual(['doc-2', 'doc-1']);
  });

  it('creates the record when the first visit of a host lost its commit, and keeps only the newest ids', async () => {
    expect((await storeLoadEnd(db, HOST, `https://${HOST}/`, 'Awal', { documentId: 'first', time: T0 }))?.record).toMatchObject({ visits: 1, lastTitle: 'Awal' });
    for (let i = 0; i < 40; i++) await storeVisit(db, visit({ documentId: `d${i}` }));
    const ids = (await db.get('hosts', HOST))?.recentDocuments ?? [];
    expect(ids.length).toBeLessThanOrEqual(16);
    expect(ids.at(-1)).toBe('d39');
  });
});

describe('storePageReport and storeResponse', () => {
  it('store page facts with the title, and a response with its redirects, one transaction each', async () => {
    await storeVisit(db, visit());
    await recordRedirect(db, 'r1', { url: `http://${HOST}/`, status: 301 }, T0);
    const counter = countTransactions(db);
    const response = await storeResponse(db, HOST, 'r1', { url: `https://${HOST}/layanan`, time: T0, statusCode: 200, headers: [{ name: 'Server', value: 'nginx' }] });
    const page = await storePageReport(db, HOST, pageFacts({ title: 'Layanan' }), T0 + 100, `https://${HOST}/layanan`);
    expect(counter.count).toBe(2);
    expect(response.inspection.response).toMatchObject({ status: 200, server: 'nginx', redirects: [{ status: 301 }] });
    expect(response.record?.visits).toBe(1);
    expect(await db.get('redirects', 'r1')).toBeUndefined();
    expect(page.record?.lastTitle).toBe('Layanan');
    expect(page.inspection.page?.readFrom).toMatchObject({ status: 200, server: 'nginx' });
    expect((await db.get('inspections', HOST))?.page?.title).toBe('Layanan');
  });
});

describe('the registry snapshot keyed by revision', () => {
  it('answers from memory for the revision and domains an event just read, and reads again when they change', async () => {
    const { createRegistryProvider } = await import('../../../utils/registry/registry-in-force');
    const { BUNDLED_REGISTRY } = await import('../../../utils/registry/bundled');
    const registry = createRegistryProvider({ getDb: async () => db, bundled: async () => BUNDLED_REGISTRY });
    const first = await registry.current();
    const counter = countTransactions(db);
    const stored = (await storeVisit(db, visit()))!;
    counter.count = 0;
    expect(await registry.at(stored.registryRevision, stored.domains)).toBe(first);
    expect(counter.count).toBe(0);
    // Another domain list (or revision) is another registry picture: read again.
    const wider = await registry.at(stored.registryRevision, ['makassarkota.go.id', 'makassar.go.id']);
    expect(counter.count).toBeGreaterThan(0);
    expect(wider.domains).toEqual(['makassarkota.go.id']); // what storage says, not what was asked
  });
});
