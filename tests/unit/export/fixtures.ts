import type { HostRecord } from '../../../utils/visits/host-record';
import type { RegistryEntry } from '../../../utils/registry/schema';
import { buildExport, type BuildExportInput, type ExportRegistryIndex } from '../../../utils/export/build-export';
import type { ExportV1 } from '../../../utils/export/export-schema';
import { entry as baseEntry } from '../support/test-registry';

/** Shared fixtures for the export tests: a tiny registry and records covering every host kind. */

export const NOW = new Date(Date.UTC(2025, 4, 6, 7, 8, 9, 123));
const T0 = Date.UTC(2025, 0, 2, 3, 4, 5);

export function entry(over: Partial<RegistryEntry> & Pick<RegistryEntry, 'id' | 'hosts'>): RegistryEntry {
  return baseEntry({ name: `App ${over.id}`, status: 'aktif', source: ['test'], ...over });
}

export function fakeIndex(entries: readonly RegistryEntry[]): ExportRegistryIndex {
  return {
    entries,
    lookup: (host) => entries.find((e) => e.hosts.includes(host)) ?? null,
  };
}

export function record(over: Partial<HostRecord> & Pick<HostRecord, 'host'>): HostRecord {
  return {
    firstSeen: T0,
    lastSeen: T0 + 86_400_000,
    visits: 3,
    lastUrl: `https://${over.host}/beranda`,
    lastTitle: `Judul ${over.host}`,
    lastOutcome: 'ok',
    lastError: null,
    days: { '2025-01-02': 1, '2025-01-03': 2 },
    ...over,
  };
}

export const ENTRIES: readonly RegistryEntry[] = [
  entry({ id: 'sipakar', name: 'Sistem Pakar', hosts: ['sipakar.makassarkota.go.id'] }),
  entry({ id: 'simpeg', hosts: ['simpeg.makassarkota.go.id'], opd: 'Badan Kepegawaian', status: 'aktif' }),
  entry({ id: 'beta', hosts: ['beta.makassarkota.go.id'], status: 'pengembangan' }),
];

/** Registered and fine, unregistered, registered but failing, and in-development-but-live. */
export const RECORDS: readonly HostRecord[] = [
  record({ host: 'sipakar.makassarkota.go.id' }),
  record({ host: 'liar.makassarkota.go.id', lastTitle: null }),
  record({
    host: 'simpeg.makassarkota.go.id',
    lastOutcome: 'error',
    lastError: 'net::ERR_NAME_NOT_RESOLVED',
    lastTitle: null,
  }),
  record({ host: 'beta.makassarkota.go.id', visits: 1 }),
];

export function input(over: Partial<BuildExportInput> = {}): BuildExportInput {
  return {
    records: RECORDS,
    index: fakeIndex(ENTRIES),
    registryVersion: '2025.05.01',
    domain: 'makassarkota.go.id',
    collector: { name: 'Andi', unit: 'Diskominfo' },
    extension: { version: '0.1.0', browser: 'chrome' },
    now: NOW,
    ...over,
  };
}

export function sampleExport(over: Partial<BuildExportInput> = {}): ExportV1 {
  return buildExport(input(over));
}
