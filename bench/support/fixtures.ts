import type { HostRecord } from '../../utils/visits/host-record';
import type { Registry } from '../../utils/registry/schema';

/** A synthetic 1,000-entry registry: stand-in hosts, shaped like the bundled one. */
export function syntheticRegistry(entries = 1000): Registry {
  return {
    format: 'pantau.registry',
    version: 'bench',
    domains: ['makassarkota.go.id'],
    generatedAt: '2026-11-27T00:00:00.000Z',
    entries: Array.from({ length: entries }, (_, i) => ({
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
}

/** `n` host records as a long-running collector would have them, with hostile-looking titles. */
export function syntheticRecords(n: number, t0 = Date.UTC(2026, 10, 27)): HostRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    host: `host-${i}.makassarkota.go.id`,
    firstSeen: t0,
    lastSeen: t0 + i,
    visits: i + 1,
    lastUrl: `https://host-${i}.makassarkota.go.id/halaman`,
    lastTitle: `=Judul "halaman", nomor ${i}`,
    lastOutcome: i % 10 === 0 ? 'error' : 'ok',
    lastError: i % 10 === 0 ? 'net::ERR_CONNECTION_REFUSED' : null,
    days: { '2026-11-27': 1 },
  }));
}
