import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDB } from 'idb';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '../../../utils/db/migrations';
import { openPantauDB } from '../../../utils/db/open-db';
import { DB_NAME } from '../../../utils/db/schema';
import { getInspectionRecord } from '../../../utils/inspection/inspection-store';
import { inspectionView } from '../../../utils/inspection/inspection-view';
import { getCollector, getInspectionSettings } from '../../../utils/settings/settings';

/**
 * One fixture per schema version a user's browser may hold (tests/fixtures/db/vN.json), from 0
 * (no database) to the current one. Each is written with the steps of its own version, then opened
 * by the current code: nothing may be lost. A new version without a fixture fails here.
 */
interface Fixture {
  version: number;
  stores: Record<string, unknown[]>;
  /** Rows expected after upgrading, per store; null means "exactly the rows written". */
  expect: Record<string, unknown[]> | null;
}

const fixtureDir = join(__dirname, '../../fixtures/db');
const loadFixture = (version: number): Fixture =>
  JSON.parse(readFileSync(join(fixtureDir, `v${version}.json`), 'utf8')) as Fixture;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** Creates a database as schema version `version` left it, using only the steps up to it. */
async function writeAtVersion(fixture: Fixture): Promise<void> {
  if (fixture.version === 0) return;
  const db = await openDB(DB_NAME, fixture.version, {
    async upgrade(raw, oldVersion, _newVersion, tx) {
      for (let v = oldVersion + 1; v <= fixture.version; v++) await MIGRATIONS[v - 1]!(raw as never, tx as never);
    },
  });
  for (const [store, rows] of Object.entries(fixture.stores)) {
    const tx = db.transaction(store, 'readwrite');
    for (const row of rows) void tx.objectStore(store).put(row);
    await tx.done;
  }
  db.close();
}

describe('database migrations', () => {
  it('has a fixture for every version from 0 to the one before the current, and for the current', () => {
    for (let version = 0; version <= DB_VERSION; version++) {
      expect(existsSync(join(fixtureDir, `v${version}.json`)), `missing tests/fixtures/db/v${version}.json`).toBe(true);
    }
  });

  for (let version = 0; version <= DB_VERSION; version++) {
    it(`upgrades a version ${version} database to version ${DB_VERSION} without losing data`, async () => {
      const fixture = loadFixture(version);
      expect(fixture.version).toBe(version);
      await writeAtVersion(fixture);

      const db = await openPantauDB();
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'hosts', 'inspections', 'proposals', 'redirects', 'registry', 'settings', 'unitPlan']);
      const expected = fixture.expect ?? fixture.stores;
      for (const [store, rows] of Object.entries(expected)) {
        // getAll returns rows in key order; compare as sets of rows.
        const actual = await db.getAll(store as 'hosts' | 'settings' | 'inspections' | 'redirects' | 'registry' | 'proposals' | 'drafts' | 'unitPlan');
        const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
        expect([...actual].sort(byJson)).toEqual([...rows].sort(byJson));
      }
      db.close();
    });
  }

  it('gives a version 1 database empty inspection stores and the default staleness threshold', async () => {
    await writeAtVersion(loadFixture(1));
    const db = await openPantauDB();
    expect(await db.count('inspections')).toBe(0);
    expect(await db.count('redirects')).toBe(0);
    expect(await getInspectionSettings(db)).toEqual({ staleMonths: 12, reinspectHours: 6 });
    expect(await getCollector(db)).toEqual({ name: 'Andi', unit: 'Kecamatan Wajo' });
    db.close();
  });

  it('reads a version 2 database: its inspection, as a current view, and its settings row', async () => {
    await writeAtVersion(loadFixture(2));
    const db = await openPantauDB();
    expect(await getInspectionSettings(db)).toEqual({ staleMonths: 6, reinspectHours: 6 });
    const view = inspectionView(await getInspectionRecord(db, 'dukcapil.makassarkota.go.id'));
    expect(view).toMatchObject({ status: 200, https: true, hsts: false, newestDate: '2025-11-20' });
    expect(view?.software.map((s) => s.name)).toEqual(['WordPress', 'jQuery', 'Apache', 'PHP']);
    db.close();
  });

  it('keeps the last-seen index usable after upgrade', async () => {
    await writeAtVersion(loadFixture(1));
    const db = await openPantauDB();
    const newest = await db.getAllFromIndex('hosts', 'by-lastSeen');
    expect(newest.map((r) => r.host)).toEqual(['dukcapil.makassarkota.go.id', 'contoh-baru.makassarkota.go.id']);
    db.close();
  });
});

describe('database migration 4 (the expected-unit plan)', () => {
  it('gives older databases an empty unit-plan store, which means the bundled plan', async () => {
    const { readUnitPlan } = await import('../../../utils/units/unit-plan-store');
    const { BUNDLED_UNIT_PLAN } = await import('../../../utils/units/bundled-plan');
    await writeAtVersion(loadFixture(3));
    const db = await openPantauDB();
    expect(await db.count('unitPlan')).toBe(0);
    expect((await readUnitPlan(db, BUNDLED_UNIT_PLAN)).info).toEqual({ source: 'bundled', version: BUNDLED_UNIT_PLAN.version });
    db.close();
  });

  it('reads the imported plan a version 4 database holds', async () => {
    const { readUnitPlan } = await import('../../../utils/units/unit-plan-store');
    const { BUNDLED_UNIT_PLAN } = await import('../../../utils/units/bundled-plan');
    await writeAtVersion(loadFixture(4));
    const db = await openPantauDB();
    const state = await readUnitPlan(db, BUNDLED_UNIT_PLAN);
    expect(state).toMatchObject({ revision: 1, info: { source: 'file', fileName: 'unit-kota-2026.json' } });
    expect(state.plan.units.map((u) => u.id)).toEqual(['dinas-sosial', '73.71.05']);
    db.close();
  });
});
