import { describe, expect, it } from 'vitest';
import { diffRegistries, isEmptyDiff } from '../../../utils/registry/registry-diff';
import type { Registry } from '../../../utils/registry/schema';
import { entry, TEST_REGISTRY } from '../support/test-registry';

const with_ = (entries: Registry['entries'], over: Partial<Registry> = {}): Registry => ({ ...TEST_REGISTRY, entries, ...over });

describe('diffRegistries', () => {
  it('finds nothing between a registry and itself', () => {
    const diff = diffRegistries(TEST_REGISTRY, structuredClone(TEST_REGISTRY));
    expect(diff).toEqual({ added: [], removed: [], changed: [], unchanged: TEST_REGISTRY.entries.length, header: [] });
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('lists added, removed and changed entries field by field, sorted by id', () => {
    const next = with_(
      [
        entry({ id: 'zeta', hosts: ['zeta.makassarkota.go.id'] }),
        ...TEST_REGISTRY.entries.filter((e) => e.id !== 'lama' && e.id !== 'baru'),
        entry({ id: 'baru', name: 'Aplikasi Baru', hosts: ['baru.makassarkota.go.id', 'baru2.makassarkota.go.id'], status: 'aktif' }),
        entry({ id: 'alpha', hosts: ['alpha.makassarkota.go.id'] }),
      ],
      { version: '2026.12.01' },
    );
    const diff = diffRegistries(TEST_REGISTRY, next);
    expect(diff.added.map((e) => e.id)).toEqual(['alpha', 'zeta']);
    expect(diff.removed.map((e) => e.id)).toEqual(['lama']);
    expect(diff.changed).toEqual([
      {
        id: 'baru',
        previousId: 'baru',
        name: 'Aplikasi Baru',
        changes: [
          { field: 'hosts', before: ['baru.makassarkota.go.id'], after: ['baru.makassarkota.go.id', 'baru2.makassarkota.go.id'] },
          { field: 'status', before: 'pengembangan', after: 'aktif' },
        ],
      },
    ]);
    expect(diff.unchanged).toBe(3);
    expect(diff.header).toEqual([{ field: 'version', before: 'test-1', after: '2026.12.01' }]);
  });

  it('matches an entry whose id changed by a shared host (www. folded), as a change of id', () => {
    const next = with_([
      ...TEST_REGISTRY.entries.filter((e) => e.id !== 'dukcapil'),
      entry({ id: 'disdukcapil', name: 'Disdukcapil', hosts: ['www.dukcapil.makassarkota.go.id'] }),
    ]);
    const diff = diffRegistries(TEST_REGISTRY, next);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      {
        id: 'disdukcapil',
        previousId: 'dukcapil',
        name: 'Disdukcapil',
        changes: [
          { field: 'id', before: 'dukcapil', after: 'disdukcapil' },
          { field: 'hosts', before: ['dukcapil.makassarkota.go.id'], after: ['www.dukcapil.makassarkota.go.id'] },
        ],
      },
    ]);
  });

  it('treats lists as sets and notices an optional field appearing', () => {
    const base = with_([entry({ id: 'a', hosts: ['a.makassarkota.go.id', 'b.makassarkota.go.id'], platforms: ['web', 'android'] })]);
    const reordered = with_([entry({ id: 'a', hosts: ['b.makassarkota.go.id', 'a.makassarkota.go.id'], platforms: ['android', 'web'] })]);
    expect(isEmptyDiff(diffRegistries(base, reordered))).toBe(true);
    const described = with_([entry({ id: 'a', hosts: ['a.makassarkota.go.id', 'b.makassarkota.go.id'], platforms: ['web', 'android'], description: 'Baru' })]);
    expect(diffRegistries(base, described).changed[0]?.changes).toEqual([{ field: 'description', before: undefined, after: 'Baru' }]);
  });

  it('reports a change of domains in the header', () => {
    const diff = diffRegistries(TEST_REGISTRY, with_(TEST_REGISTRY.entries, { domains: ['makassarkota.go.id'] }));
    expect(diff.header).toEqual([{ field: 'domains', before: 'makassar.go.id, makassarkota.go.id', after: 'makassarkota.go.id' }]);
  });

  it('is deterministic whatever the entry order', () => {
    const next = with_([...TEST_REGISTRY.entries].reverse().map((e) => ({ ...e, status: 'aktif' as const })));
    const again = with_([...TEST_REGISTRY.entries].map((e) => ({ ...e, status: 'aktif' as const })));
    expect(diffRegistries(TEST_REGISTRY, next)).toEqual(diffRegistries(TEST_REGISTRY, again));
  });
});
