import type { Registry, RegistryEntry } from '../../../utils/registry/schema';

/** A small registry for tests, independent of the bundled data. */
export function entry(over: Partial<RegistryEntry> & Pick<RegistryEntry, 'id' | 'hosts'>): RegistryEntry {
  return {
    name: over.id,
    opd: 'Dinas Komunikasi dan Informatika',
    unitKind: 'dinas',
    category: 'public-service',
    platforms: ['web'],
    status: 'tidak-diketahui',
    source: ['https://makassarkota.go.id/'],
    ...over,
  };
}

export const TEST_REGISTRY: Registry = {
  format: 'pantau.registry',
  version: 'test-1',
  domains: ['makassarkota.go.id', 'makassar.go.id'],
  generatedAt: '2026-11-27T00:00:00.000Z',
  entries: [
    entry({ id: 'portal', name: 'Portal Kota Makassar', hosts: ['makassarkota.go.id', 'www.makassarkota.go.id'], status: 'aktif' }),
    entry({ id: 'dukcapil', name: 'Disdukcapil', hosts: ['dukcapil.makassarkota.go.id'], status: 'tidak-diketahui' }),
    entry({ id: 'lama', name: 'Aplikasi Lama', hosts: ['lama.makassarkota.go.id'], status: 'tidak-aktif' }),
    entry({ id: 'baru', name: 'Aplikasi Baru', hosts: ['baru.makassarkota.go.id'], status: 'pengembangan' }),
    entry({ id: 'lpse', name: 'LPSE', hosts: ['lpse.makassar.go.id'], status: 'aktif' }),
  ],
};
