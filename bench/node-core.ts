/**
 * Node-side figures: host matching with a 1,000-entry registry, recording 10,000 visits into
 * fake-indexeddb, and exporting 10,000 hosts to JSON and CSV. `npx tsx bench/node-core.ts`.
 */
import 'fake-indexeddb/auto';
import { openPantauDB } from '../utils/db/open-db';
import { buildExport } from '../utils/export/build-export';
import { exportToCsv } from '../utils/export/export-csv';
import { exportToJson } from '../utils/export/export-json';
import type { HostRecord } from '../utils/host-record';
import { cityHostFromUrl } from '../utils/host-match';
import { createRegistryIndex } from '../utils/registry/registry-index';
import type { Registry } from '../utils/registry/schema';
import { recordVisit } from '../utils/visit-recorder';

const time = async (fn: () => unknown | Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

const registry: Registry = {
  format: 'pantau.registry',
  version: 'bench',
  domains: ['makassarkota.go.id'],
  generatedAt: '2026-11-27T00:00:00.000Z',
  entries: Array.from({ length: 1000 }, (_, i) => ({
    id: `app-${i}`,
    name: `Aplikasi ${i}`,
    hosts: [`app-${i}.makassarkota.go.id`],
    opd: 'Dinas Komunikasi dan Informatika',
    unitKind: 'dinas' as const,
    category: 'public-service' as const,
    platforms: ['web' as const],
    status: 'aktif' as const,
    source: ['https://makassarkota.go.id/'],
  })),
};

async function main() {
  const index = createRegistryIndex(registry, ['makassarkota.go.id']);
  const urls = Array.from({ length: 200_000 }, (_, i) =>
    i % 3 === 0 ? `https://app-${i % 1500}.makassarkota.go.id/x?y=1` : i % 3 === 1 ? `https://www.app-${i % 1000}.makassarkota.go.id/` : `https://evil${i}.example.com/`,
  );
  let found = 0;
  const matchMs = await time(() => {
    for (const url of urls) {
      const host = cityHostFromUrl(url, ['makassarkota.go.id']);
      if (host !== null && index.lookup(host) !== null) found++;
    }
  });

  const db = await openPantauDB();
  const T0 = Date.now();
  const recordMs = await time(async () => {
    const pending: Array<Promise<unknown>> = [];
    for (let i = 0; i < 10_000; i++) {
      pending.push(recordVisit(db, { host: `app-${i % 500}.makassarkota.go.id`, url: null, time: T0 + i, outcome: 'ok', error: null }));
    }
    await Promise.all(pending);
  });
  const visits = (await db.getAll('hosts')).reduce((sum, r) => sum + r.visits, 0);

  const records: HostRecord[] = Array.from({ length: 10_000 }, (_, i) => ({
    host: `host-${i}.makassarkota.go.id`,
    firstSeen: T0,
    lastSeen: T0 + i,
    visits: i + 1,
    lastUrl: `https://host-${i}.makassarkota.go.id/halaman`,
    lastTitle: `=Judul "halaman", nomor ${i}`,
    lastOutcome: i % 10 === 0 ? 'error' : 'ok',
    lastError: i % 10 === 0 ? 'net::ERR_CONNECTION_REFUSED' : null,
    days: { '2026-11-27': 1 },
  }));
  let data!: ReturnType<typeof buildExport>;
  const buildMs = await time(() => {
    data = buildExport({
      records,
      index,
      registryVersion: 'bench',
      domain: 'makassarkota.go.id',
      collector: { name: 'Bench', unit: 'Diskominfo' },
      extension: { version: '0.1.0', browser: 'chrome' },
      now: new Date(),
    });
  });
  let json = '';
  let csv = '';
  const jsonMs = await time(() => (json = exportToJson(data)));
  const csvMs = await time(() => (csv = exportToCsv(data)));

  console.log('| figure | value |');
  console.log('|---|---|');
  console.log(`| host match + registry lookup (1,000 entries) | ${((urls.length / matchMs) * 1000).toFixed(0)} URLs/s (${found} city hits of ${urls.length}) |`);
  console.log(`| record 10,000 concurrent visits (fake-indexeddb) | ${recordMs.toFixed(0)} ms (${visits} counted) |`);
  console.log(`| build export of 10,000 hosts | ${buildMs.toFixed(0)} ms |`);
  console.log(`| serialise JSON (10,000 hosts) | ${jsonMs.toFixed(0)} ms, ${(json.length / 1e6).toFixed(1)} MB |`);
  console.log(`| serialise CSV (10,000 hosts) | ${csvMs.toFixed(0)} ms, ${(csv.length / 1e6).toFixed(1)} MB |`);
  db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
