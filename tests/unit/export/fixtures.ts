import type { HostRecord } from '../../../utils/visits/host-record';
import type { RegistryEntry } from '../../../utils/registry/schema';
import { buildExport, type BuildExportInput, type ExportRegistryIndex } from '../../../utils/export/build-export';
import type { ExportProposalV1, ExportV1 } from '../../../utils/export/export-schema';
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

/** A proposal with every field filled, and one with only the required ones (for the "Usulan" sheets). */
export const FULL_PROPOSAL: ExportProposalV1 = {
  host: 'contoh-usulan.makassarkota.go.id',
  name: '=HYPERLINK("http://evil.test","klik")',
  abbreviation: 'SIUSUL',
  opd: 'Dinas Komunikasi dan Informatika',
  appKind: 'khusus',
  platforms: ['web', 'android'],
  status: 'pengembangan',
  yearLaunched: 2023,
  developer: { kind: 'vendor', vendorName: 'PT Contoh Jaya' },
  personInCharge: { name: 'Citra', contact: '0811-0000-0000' },
  description: 'Layanan usulan warga.',
  collector: { name: 'Andi', unit: 'Diskominfo' },
  createdAt: '2025-03-19T02:30:00.000Z',
};

export const MINIMAL_PROPOSAL: ExportProposalV1 = {
  host: 'contoh-minim.makassarkota.go.id',
  name: 'Aplikasi Minim',
  opd: 'Kecamatan Mariso',
  appKind: 'umum',
  platforms: ['ios'],
  status: 'aktif',
  collector: { name: 'Budi', unit: '' },
  createdAt: '2025-03-20T00:00:00.000Z',
};

/** The Usulan rows the two proposals above make (WITA is UTC+8: 02:30 UTC is 10:30). */
export const PROPOSAL_ROWS = {
  header: [
    'Host', 'Nama aplikasi', 'Singkatan', 'OPD pemilik', 'Jenis aplikasi (umum/khusus)', 'Basis aplikasi', 'Status',
    'Tahun mulai digunakan', 'Pengembang', 'Nama vendor', 'Nama penanggung jawab', 'Kontak penanggung jawab',
    'Deskripsi singkat', 'Pengusul', 'Unit pengusul', 'Disimpan (WITA)',
  ],
  full: [
    'contoh-usulan.makassarkota.go.id', '=HYPERLINK("http://evil.test","klik")', 'SIUSUL', 'Dinas Komunikasi dan Informatika',
    'Aplikasi khusus (untuk tugas unit sendiri)', 'Web, Android', 'Pengembangan', 2023, 'Vendor / pihak ketiga', 'PT Contoh Jaya',
    'Citra', '0811-0000-0000', 'Layanan usulan warga.', 'Andi', 'Diskominfo', new Date('2025-03-19T10:30:00.000Z'),
  ],
  minimal: [
    'contoh-minim.makassarkota.go.id', 'Aplikasi Minim', null, 'Kecamatan Mariso', 'Aplikasi umum (dipakai bersama lintas instansi)',
    'iOS', 'Aktif', null, null, null, null, null, null, 'Budi', null, new Date('2025-03-20T08:00:00.000Z'),
  ],
};

/** Excel keeps date-times as fractions of a day: round read-back dates to the minute before comparing. */
export const toMinute = (rows: readonly (readonly unknown[])[]): unknown[][] =>
  rows.map((row) => row.map((cell) => (cell instanceof Date ? new Date(Math.round(cell.getTime() / 60_000) * 60_000) : cell)));
