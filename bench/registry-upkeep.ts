/**
 * Figures for registry upkeep (issue 5), in Node with fake-indexeddb (relative figures: Chrome's
 * IndexedDB is slower per transaction but the shape is the same):
 * - the registry in force per event: a warm call (info row + domains read, cached index reused)
 *   against a cold one (a new worker: registry read and index built), for the bundled registry
 *   and a large imported one;
 * - applying an import (one transaction, the replaced registry kept);
 * - the import preview of a large CSV (parse, check, diff) and a merge of 50 proposals.
 * Run with `npm run bench:upkeep`.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createDbProvider } from '../utils/db/open-db';
import { previewImport } from '../utils/registry-import/import-preview';
import { BUNDLED_REGISTRY } from '../utils/registry/bundled';
import { mergeRegistries } from '../utils/registry/merge-registries';
import { createRegistryProvider } from '../utils/registry/registry-in-force';
import { applyImportedRegistry } from '../utils/registry/registry-store';
import type { Registry, RegistryEntry } from '../utils/registry/schema';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const LARGE = 3000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function stubEntry(i: number, source = 'file:bench.csv@2026-12-01'): RegistryEntry {
  return {
    id: `contoh-${i}`,
    name: `Contoh Aplikasi ${i}`,
    hosts: [`contoh-${i}.makassarkota.go.id`],
    opd: 'Dinas Komunikasi dan Informatika',
    unitKind: 'dinas',
    category: 'public-service',
    platforms: ['web'],
    status: 'aktif',
    description: 'Aplikasi contoh untuk pengukuran kinerja.',
    source: [source],
  };
}

const large: Registry = { ...BUNDLED_REGISTRY, version: '2026.12.01', entries: [...BUNDLED_REGISTRY.entries, ...Array.from({ length: LARGE }, (_, i) => stubEntry(i))] };

async function time<T>(run: () => Promise<T> | T): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function providerFigures(registry: Registry | null): Promise<{ cold: number; warm: number; apply: number }> {
  globalThis.indexedDB = new IDBFactory();
  const getDb = createDbProvider();
  const db = await getDb();
  const apply = registry === null ? NaN : await time(() => applyImportedRegistry(db, BUNDLED_REGISTRY, { registry, fileName: 'bench.json', basedOn: 0, now: Date.now() }));
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const provider = createRegistryProvider({ getDb, bundled: async () => BUNDLED_REGISTRY }); // a new worker: empty cache
    cold.push(await time(() => provider.current()));
    warm.push(await time(() => provider.current()));
  }
  db.close();
  return { cold: median(cold), warm: median(warm), apply };
}

async function main() {
  const rows: Array<[string, string]> = [];
  for (const [label, registry] of [
    [`bundled (${BUNDLED_REGISTRY.entries.length} entries)`, null],
    [`imported (${large.entries.length} entries, ${(JSON.stringify(large).length / 1024).toFixed(0)} KiB)`, large],
  ] as const) {
    const figures = await providerFigures(registry);
    rows.push([`registry in force per event, warm (cached index), ${label}`, `${figures.warm.toFixed(2)} ms`]);
    rows.push([`registry in force, cold (new worker: read + build index), ${label}`, `${figures.cold.toFixed(2)} ms`]);
    if (registry !== null) rows.push([`apply an import (one transaction, previous kept), ${label}`, `${figures.apply.toFixed(1)} ms`]);
  }

  const header = 'nama_aplikasi;opd;url;status;basis\n';
  const csv = header + Array.from({ length: LARGE }, (_, i) => `Contoh Aplikasi ${i};Diskominfo;https://www.contoh-${i}.makassarkota.go.id/login;Aktif;Web\n`).join('');
  const now = new Date('2026-12-01T00:00:00.000Z');
  const previews: number[] = [];
  for (let i = 0; i < 5; i++) previews.push(await time(() => previewImport({ content: csv, fileName: 'inventaris.csv', current: BUNDLED_REGISTRY, watchedDomains: ['makassarkota.go.id'], now })));
  rows.push([`import preview of a ${LARGE}-row CSV (${(csv.length / 1024).toFixed(0)} KiB: parse, check, diff), median of 5`, `${median(previews).toFixed(0)} ms`]);

  const proposals: Registry = { ...BUNDLED_REGISTRY, entries: Array.from({ length: 50 }, (_, i) => stubEntry(10_000 + i, 'proposal:Andi (Diskominfo)@2026-12-01')) };
  const merges: number[] = [];
  for (let i = 0; i < 20; i++) merges.push(await time(() => mergeRegistries(large, proposals, now)));
  rows.push([`merge 50 proposals into ${large.entries.length} entries (checked), median of 20`, `${median(merges).toFixed(1)} ms`]);

  console.log('| figure | value |');
  console.log('|---|---|');
  for (const [label, value] of rows) console.log(`| ${label} | ${value} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
