import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openPantauDB, type PantauDatabase } from '../../../utils/db/open-db';
import { ACTIVITY_DAYS } from '../../../utils/visits/host-record';
import { applyVisit, localDay, pruneDays, recordTitle, recordVisit, type VisitEvent } from '../../../utils/visits/visit-recorder';

const HOST = 'dukcapil.makassarkota.go.id';
const T0 = new Date(2026, 10, 27, 9, 30).getTime();
const visit = (over: Partial<VisitEvent> = {}): VisitEvent => ({
  host: HOST,
  url: `https://${HOST}/layanan`,
  time: T0,
  outcome: 'ok',
  error: null,
  ...over,
});

let db: PantauDatabase;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openPantauDB();
  return () => db.close();
});

describe('applyVisit', () => {
  it('creates a record on the first visit', () => {
    expect(applyVisit(undefined, visit())).toEqual({
      host: HOST,
      firstSeen: T0,
      lastSeen: T0,
      visits: 1,
      lastUrl: `https://${HOST}/layanan`,
      lastTitle: null,
      lastOutcome: 'ok',
      lastError: null,
      days: { '2026-11-27': 1 },
    });
  });

  it('never moves lastSeen backwards for an out-of-order event', () => {
    const later = applyVisit(undefined, visit({ time: T0 + 1000 }));
    const next = applyVisit(later, visit({ time: T0, outcome: 'error', error: 'net::ERR_TIMED_OUT' }));
    expect(next.lastSeen).toBe(T0 + 1000);
    expect(next.firstSeen).toBe(T0);
    expect(next.lastOutcome).toBe('ok');
    expect(next.visits).toBe(2);
  });

  it('records a failure and clears it on the next success', () => {
    const failed = applyVisit(undefined, visit({ outcome: 'error', error: 'net::ERR_CONNECTION_REFUSED' }));
    expect([failed.lastOutcome, failed.lastError]).toEqual(['error', 'net::ERR_CONNECTION_REFUSED']);
    const ok = applyVisit(failed, visit({ time: T0 + 1 }));
    expect([ok.lastOutcome, ok.lastError]).toEqual(['ok', null]);
  });
});

describe('per-day activity', () => {
  it('uses the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
  });

  it(`keeps at most ${ACTIVITY_DAYS} days however long a host is visited`, () => {
    let record = applyVisit(undefined, visit());
    for (let day = 1; day < 400; day++) record = applyVisit(record, visit({ time: T0 + day * 86_400_000 }));
    const days = Object.keys(record.days).sort();
    expect(days).toHaveLength(ACTIVITY_DAYS);
    expect(days.at(-1)).toBe(localDay(T0 + 399 * 86_400_000));
    expect(record.visits).toBe(400);
  });

  it('prunes the oldest days first', () => {
    expect(pruneDays({ '2026-01-03': 1, '2026-01-01': 5, '2026-01-02': 2 }, 2)).toEqual({ '2026-01-02': 2, '2026-01-03': 1 });
  });
});

describe('recordVisit', () => {
  it('counts 1,000 concurrent events for one host exactly', async () => {
    await Promise.all(Array.from({ length: 1000 }, (_, i) => recordVisit(db, visit({ time: T0 + i }))));
    const record = await db.get('hosts', HOST);
    expect(record?.visits).toBe(1000);
    expect(record?.days['2026-11-27']).toBe(1000);
    expect(record?.firstSeen).toBe(T0);
    expect(record?.lastSeen).toBe(T0 + 999);
  });

  it('keeps hosts apart', async () => {
    await Promise.all([
      recordVisit(db, visit()),
      recordVisit(db, visit({ host: 'data.makassarkota.go.id', url: 'https://data.makassarkota.go.id/' })),
      recordVisit(db, visit()),
    ]);
    expect((await db.get('hosts', HOST))?.visits).toBe(2);
    expect((await db.get('hosts', 'data.makassarkota.go.id'))?.visits).toBe(1);
  });
});

describe('recordTitle', () => {
  it('stores a cleaned, bounded title for the last URL', async () => {
    await recordVisit(db, visit());
    const hostile = `\u202eexe.pdf <script>alert(1)</script>\u0000${'x'.repeat(1_000_000)}`;
    const record = await recordTitle(db, HOST, `https://${HOST}/layanan`, hostile);
    expect(record?.lastTitle?.startsWith(' ')).toBe(false);
    expect(record?.lastTitle).toMatch(/^exe\.pdf <script>alert\(1\)<\/script> x+…$/);
    expect(record?.lastTitle?.length).toBe(300);
  });

  it('ignores a title for a page that is no longer the last one, and unknown hosts', async () => {
    await recordVisit(db, visit());
    await recordTitle(db, HOST, `https://${HOST}/lama`, 'Old page');
    await recordTitle(db, 'other.makassarkota.go.id', null, 'Nobody');
    expect((await db.get('hosts', HOST))?.lastTitle).toBeNull();
    expect(await db.get('hosts', 'other.makassarkota.go.id')).toBeUndefined();
  });
});
