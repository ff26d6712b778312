import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openPantauDB, type PantauDatabase } from '../../../utils/db/open-db';
import { storeLoadEnd, storeOpenDocument, storeVisit } from '../../../utils/visits/event-store';
import type { VisitEvent } from '../../../utils/visits/visit-recorder';

const HOST = 'dukcapil.makassarkota.go.id';
const T0 = new Date(2026, 11, 6, 9, 30).getTime();
const visit = (over: Partial<VisitEvent> = {}): VisitEvent => ({ host: HOST, url: `https://${HOST}/layanan`, time: T0, outcome: 'ok', error: null, ...over });
const open = (documentId: string, over: Partial<VisitEvent> = {}) => ({ ...visit(over), documentId });

let db: PantauDatabase;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openPantauDB();
  return () => db.close();
});

describe('a document open in a tab when a worker starts (both its events lost)', () => {
  it('is counted once, with the tab title, and never again by the events that may still follow', async () => {
    const stored = await storeOpenDocument(db, open('doc-1'), 'Layanan\u200b Dukcapil');
    expect(stored?.record).toMatchObject({ visits: 1, lastTitle: 'Layanan Dukcapil', recentDocuments: ['doc-1'], recoveredDocuments: ['doc-1'] });
    // Found again by a later worker start: already counted.
    expect(await storeOpenDocument(db, open('doc-1', { time: T0 + 5 }))).toBeNull();
    // Its load's end arrives after all: already counted.
    expect((await storeLoadEnd(db, HOST, `https://${HOST}/layanan`, 'Layanan Dukcapil', { documentId: 'doc-1', time: T0 + 6 }))?.counted).toBe(false);
    // Its commit arrives after all: counted once, and it is no longer marked as recovered.
    expect((await storeVisit(db, visit({ documentId: 'doc-1', time: T0 + 7 })))?.record.visits).toBe(1);
    const record = await db.get('hosts', HOST);
    expect(record?.visits).toBe(1);
    expect(record?.recoveredDocuments).toBeUndefined();
    // A later commit of the same document (back/forward cache) is a visit again, as before.
    expect((await storeVisit(db, visit({ documentId: 'doc-1', time: T0 + 60_000 })))?.record.visits).toBe(2);
  });

  it('is not counted when an event counted it already', async () => {
    await storeVisit(db, visit({ documentId: 'doc-1' }));
    expect(await storeOpenDocument(db, open('doc-1', { time: T0 + 5 }))).toBeNull();
    expect((await db.get('hosts', HOST))?.visits).toBe(1);
  });

  it('is not counted on a host outside the watched domains', async () => {
    expect(await storeOpenDocument(db, open('doc-9', { host: 'pemkot.makassar.go.id', url: 'https://pemkot.makassar.go.id/' }))).toBeNull();
    expect(await db.get('hosts', 'pemkot.makassar.go.id')).toBeUndefined();
  });

  it('counts exactly once when the start-up check and the lost events race', async () => {
    await Promise.all([
      storeOpenDocument(db, open('doc-2')),
      storeVisit(db, visit({ documentId: 'doc-2' })),
      storeLoadEnd(db, HOST, `https://${HOST}/layanan`, 'A', { documentId: 'doc-2', time: T0 }),
      storeOpenDocument(db, open('doc-2')),
    ]);
    expect((await db.get('hosts', HOST))?.visits).toBe(1);
  });
});

describe('uncountedDocuments', () => {
  it('keeps only the documents no visit counted, reading in one read-only transaction', async () => {
    await storeVisit(db, visit({ documentId: 'seen' }));
    const modes: string[] = [];
    const open = db.transaction.bind(db);
    (db as { transaction: unknown }).transaction = (stores: never, mode?: IDBTransactionMode) => {
      modes.push(mode ?? 'readonly');
      return open(stores, mode);
    };
    const { uncountedDocuments } = await import('../../../utils/visits/event-store');
    const left = await uncountedDocuments(db, [
      { host: HOST, documentId: 'seen' },
      { host: HOST, documentId: 'new' },
      { host: 'disdik.makassarkota.go.id', documentId: 'other' },
    ]);
    expect(left.map((d) => d.documentId)).toEqual(['new', 'other']);
    expect(modes).toEqual(['readonly']);
  });
});
