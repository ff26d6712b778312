import { describe, expect, it } from 'vitest';
import { BUNDLED_REGISTRY } from '../../../utils/registry/bundled';
import { createRegistryIndex } from '../../../utils/registry/registry-index';
import type { Registry, RegistryEntry, RegistryStatus } from '../../../utils/registry/schema';
import { entry as baseEntry } from '../support/test-registry';

function entry(id: string, hosts: string[], status: RegistryStatus = 'tidak-diketahui'): RegistryEntry {
  return baseEntry({ id, hosts, status, source: ['https://makassarkota.go.id/berita/page/3'] });
}

// Built directly, not through parseRegistry, so the index is also tested on data the parser would
// reject (a host outside the domains): lookup must stay safe whatever it is handed.
const REGISTRY: Registry = {
  format: 'pantau.registry',
  version: '2025.09.24',
  domains: ['makassarkota.go.id', 'makassar.go.id', 'example.com'],
  generatedAt: '2025-09-24T00:00:00.000Z',
  entries: [
    entry('portal', ['makassarkota.go.id'], 'aktif'),
    entry('spmb', ['www.spmb.makassarkota.go.id'], 'aktif'),
    entry('dukcapil', ['dukcapil.makassarkota.go.id', 'dukcapil.makassar.go.id'], 'tidak-aktif'),
    entry('sipp', ['sipp.makassar.go.id'], 'pengembangan'),
    entry('lookalike', ['makassarkota.go.id.example.com']),
  ],
};

const ONLY_KOTA = ['makassarkota.go.id'] as const;
const BOTH = ['makassarkota.go.id', 'makassar.go.id'] as const;

describe('createRegistryIndex lookup', () => {
  const index = createRegistryIndex(REGISTRY, ONLY_KOTA);

  it('finds an entry by one of its hosts', () => {
    expect(index.lookup('dukcapil.makassarkota.go.id')?.id).toBe('dukcapil');
  });

  it('normalises the host it is given (case, trailing dot)', () => {
    expect(index.lookup('DUKCAPIL.MakassarKota.go.id.')?.id).toBe('dukcapil');
  });

  it('folds www. onto the bare host: www.x finds an entry listing x', () => {
    expect(index.lookup('www.makassarkota.go.id')?.id).toBe('portal');
  });

  it('folds www. onto the bare host: x finds an entry listing www.x', () => {
    expect(index.lookup('spmb.makassarkota.go.id')?.id).toBe('spmb');
    expect(index.lookup('www.spmb.makassarkota.go.id')?.id).toBe('spmb');
  });

  it('does not find unlisted subdomains of a listed host', () => {
    expect(index.lookup('api.dukcapil.makassarkota.go.id')).toBeNull();
    expect(index.lookup('www.www.makassarkota.go.id')).toBeNull();
  });

  it.each([
    'evilmakassarkota.go.id',
    'www.evilmakassarkota.go.id',
    'makassarkota.go.id.example.com',
    'www.makassarkota.go.id.example.com',
    'dukcapil.makassarkota.go.id.example.com',
  ])('never finds a lookalike host (%s)', (host) => {
    expect(index.lookup(host)).toBeNull();
  });

  it('never finds a listed host outside the watched domains, even when the registry lists it', () => {
    expect(createRegistryIndex(REGISTRY, [...BOTH]).lookup('makassarkota.go.id.example.com')).toBeNull();
  });

  it.each(['', ' ', 'https://dukcapil.makassarkota.go.id/', 'dukcapil.makassarkota.go.id:443', '127.0.0.1', 'a b'])(
    'returns null for input that is not a hostname (%j)',
    (host) => {
      expect(index.lookup(host)).toBeNull();
    },
  );
});

describe('createRegistryIndex watched domains', () => {
  it('leaves out makassar.go.id entries while only makassarkota.go.id is watched', () => {
    const index = createRegistryIndex(REGISTRY, ONLY_KOTA);
    expect(index.entries.map((e) => e.id)).toEqual(['portal', 'spmb', 'dukcapil']);
    expect(index.lookup('sipp.makassar.go.id')).toBeNull();
    // An entry on both domains is in play, but only through its watched host.
    expect(index.lookup('dukcapil.makassar.go.id')).toBeNull();
  });

  it('includes makassar.go.id entries once that domain is watched too', () => {
    const index = createRegistryIndex(REGISTRY, BOTH);
    expect(index.entries.map((e) => e.id)).toEqual(['portal', 'spmb', 'dukcapil', 'sipp']);
    expect(index.lookup('sipp.makassar.go.id')?.id).toBe('sipp');
    expect(index.lookup('dukcapil.makassar.go.id')?.id).toBe('dukcapil');
  });

  it('accepts watched domains in any case and ignores ones that are not hostnames', () => {
    const index = createRegistryIndex(REGISTRY, ['MakassarKota.go.id', 'not a domain', '']);
    expect(index.entries.map((e) => e.id)).toEqual(['portal', 'spmb', 'dukcapil']);
  });

  it('has no entries and finds nothing with no watched domain', () => {
    const index = createRegistryIndex(REGISTRY, []);
    expect(index.entries).toEqual([]);
    expect(index.lookup('makassarkota.go.id')).toBeNull();
  });
});

describe('createRegistryIndex countsByStatus', () => {
  it('counts the watched entries by status, with every status present', () => {
    expect(createRegistryIndex(REGISTRY, ONLY_KOTA).countsByStatus()).toEqual({
      aktif: 2,
      'tidak-aktif': 1,
      pengembangan: 0,
      'tidak-diketahui': 0,
    });
    expect(createRegistryIndex(REGISTRY, BOTH).countsByStatus()).toEqual({
      aktif: 2,
      'tidak-aktif': 1,
      pengembangan: 1,
      'tidak-diketahui': 0,
    });
  });

  it('returns a copy the caller cannot use to change the index', () => {
    const index = createRegistryIndex(REGISTRY, ONLY_KOTA);
    index.countsByStatus().aktif = 99;
    expect(index.countsByStatus().aktif).toBe(2);
  });
});

describe('createRegistryIndex on the bundled registry', () => {
  const index = createRegistryIndex(BUNDLED_REGISTRY, ONLY_KOTA);

  it('finds well-known city apps', () => {
    expect(index.lookup('dukcapil.makassarkota.go.id')?.id).toBe('dukcapil');
    expect(index.lookup('lontaraplus.makassarkota.go.id')?.id).toBe('lontara-plus');
    expect(index.lookup('makassarkota.go.id')?.id).toBe('portal');
    expect(index.lookup('www.makassarkota.go.id')?.id).toBe('portal');
  });

  it('finds Lontara+ on makassar.go.id only once that domain is watched', () => {
    expect(index.lookup('lontara.makassar.go.id')).toBeNull();
    expect(createRegistryIndex(BUNDLED_REGISTRY, BOTH).lookup('lontara.makassar.go.id')?.id).toBe('lontara-plus');
  });

  it('counts fewer entries with one domain watched than with both', () => {
    const one = Object.values(index.countsByStatus()).reduce((a, b) => a + b, 0);
    const both = Object.values(createRegistryIndex(BUNDLED_REGISTRY, BOTH).countsByStatus()).reduce((a, b) => a + b, 0);
    expect(one).toBe(index.entries.length);
    expect(both).toBe(BUNDLED_REGISTRY.entries.length);
    expect(one).toBeLessThan(both);
  });

  it('never finds inferred or uncertain hosts, which are not registry entries', () => {
    expect(index.lookup('bkpsdmd.makassarkota.go.id')).toBeNull();
    expect(index.lookup('ppdb.makassarkota.go.id')).toBeNull();
  });
});
