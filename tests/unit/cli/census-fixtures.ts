import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ExportV1 } from '../../../utils/export/export-schema';
import { exportToJson } from '../../../utils/export/export-json';
import { mergeExports } from '../../../utils/rekap/merge-exports';
import { rekapToExport } from '../../../utils/rekap/rekap-to-export';
import { DOMAINS, exportOf, host, inspectionOf, TEST_INDEX } from '../rekap/fixtures';

/**
 * The rekap fixtures as files, for the streaming CLI: the merge cases of tests/unit/rekap (shared
 * hosts, a later inspection, carried findings, proposals, a host outside the domains, an empty
 * export, registry versions) plus a rekap file made of two of them.
 */
const H = 'contoh-hidup.makassarkota.go.id';
const X = 'contoh-liar.makassarkota.go.id';
const M = 'contoh-mati.makassarkota.go.id';

export const andi = exportOf('Andi', '2025-03-11T01:00:00.000Z', [
  host(H, { firstSeen: '2025-03-02T00:00:00.000Z', lastSeen: '2025-03-09T00:00:00.000Z', visits: 4, lastTitle: 'dari Andi' }),
  host(X, { visits: 2 }),
]);
export const budi = exportOf('Budi', '2025-03-12T01:00:00.000Z', [
  host(H, { lastSeen: '2025-03-10T05:00:00.000Z', visits: 3, lastOutcome: 'error', lastError: 'net::ERR_CONNECTION_REFUSED', lastTitle: null }),
  { ...host(M, { visits: 7 }), inspection: inspectionOf({ checkedAt: '2025-03-09T00:00:00.000Z', status: 503 }) },
]);
export const citra = exportOf(
  'Citra',
  '2025-03-12T01:00:00.000Z',
  [
    host(X, { visits: 5, lastSeen: '2025-03-01T00:00:00.000Z' }),
    {
      ...host(M, { lastSeen: '2025-03-11T00:00:00.000Z' }),
      inspection: inspectionOf({ checkedAt: '2025-03-11T00:00:00.000Z', https: false, hsts: null, newestDate: '2020-01-01' }),
      findings: [{ code: 'version-exposed', severity: 'low', message: 'Versi terlihat', detail: 'generator' }],
    },
    host('contoh.makassar.go.id'),
  ],
  {
    registry: { version: '2025.01.01', entries: 3 },
    proposals: [
      { host: X, name: 'Aplikasi Liar', opd: 'Diskominfo', appKind: 'umum', platforms: ['web'], status: 'aktif', collector: { name: 'Citra', unit: 'Unit Citra' }, createdAt: '2025-03-10T00:00:00.000Z' },
    ],
  },
);
export const dewi = exportOf('Dewi', '2025-03-13T01:00:00.000Z', [
  host('dukcapil.makassarkota.go.id', { lastOutcome: 'error', lastError: 'net::ERR_NAME_NOT_RESOLVED', lastTitle: null }),
  { ...host(H, { lastSeen: '2025-03-10T05:00:00.000Z', visits: 1 }), inspection: inspectionOf({ checkedAt: '2025-03-10T05:00:00.000Z', placeholder: 'coming-soon' }) },
]);
export const kosong = exportOf('Kosong', '2025-03-13T00:00:00.000Z', []);

export const rekapOfAndiBudi: ExportV1 = JSON.parse(
  JSON.stringify(
    rekapToExport(mergeExports([andi, budi], DOMAINS), TEST_INDEX, {
      now: new Date('2025-04-01T00:00:00.000Z'),
      domain: 'makassarkota.go.id',
      collector: { name: 'Auditor', unit: 'Inspektorat' },
      extension: { version: '0.1.0', browser: 'cli' },
      registryVersion: '2026.01.01',
    }),
  ),
);

/** Writes an export as `name` (gzipped when it ends in .gz), creating folders; returns the path. */
export function writeExport(dir: string, name: string, data: ExportV1): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  const text = exportToJson(data);
  writeFileSync(path, name.endsWith('.gz') ? gzipSync(text) : text);
  return path;
}
