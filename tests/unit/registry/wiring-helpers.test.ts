import { describe, expect, it, vi } from 'vitest';
import { proposalsToRegistry, type ProposalRecord } from '../../../utils/proposals/proposals-to-registry';
import { diffRegistries } from '../../../utils/registry/registry-diff';
import { isProposalRegistry, mergeRegistries } from '../../../utils/registry/merge-registries';
import { ensureRegistryAlarm, REGISTRY_ALARM } from '../../../utils/registry/registry-alarm';
import type { Registry } from '../../../utils/registry/schema';
import { entry, TEST_REGISTRY } from '../support/test-registry';

const NOW = new Date('2026-12-01T03:00:00.000Z');
const CURRENT: Registry = { ...TEST_REGISTRY, version: '2026.11.01' };

describe('mergeRegistries', () => {
  it('adds new hosts, replaces an entry that shares a host (keeping its id), and never replaces by id alone', () => {
    const incoming: Registry = {
      ...CURRENT,
      version: '2026.12.01',
      domains: ['makassarkota.go.id'],
      entries: [
        entry({ id: 'disdukcapil-baru', name: 'Disdukcapil (baru)', hosts: ['www.dukcapil.makassarkota.go.id'], status: 'aktif' }),
        entry({ id: 'lama', name: 'Aplikasi lain bernama lama', hosts: ['contoh-lain.makassarkota.go.id'] }),
      ],
    };
    const merged = mergeRegistries(CURRENT, incoming, NOW);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.registry).toMatchObject({ version: '2026.12.01', domains: ['makassarkota.go.id', 'makassar.go.id'] });
    expect(merged.registry.entries.map((e) => e.id)).toEqual(['portal', 'dukcapil', 'lama', 'baru', 'lpse', 'lama-2']);
    const diff = diffRegistries(CURRENT, merged.registry);
    expect(diff.added.map((e) => e.hosts[0])).toEqual(['contoh-lain.makassarkota.go.id']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((c) => [c.id, c.changes.map((x) => x.field)])).toEqual([['dukcapil', ['name', 'hosts', 'status']]]);
  });

  it('takes a moved host off the entry that listed it and drops an entry left with none', () => {
    const incoming: Registry = { ...CURRENT, entries: [entry({ id: 'gabungan', hosts: ['baru.makassarkota.go.id', 'lama.makassarkota.go.id'] })] };
    const merged = mergeRegistries(CURRENT, incoming, NOW);
    expect(merged.ok && merged.registry.entries.map((e) => `${e.id}:${e.hosts.join('+')}`)).toEqual([
      'portal:makassarkota.go.id+www.makassarkota.go.id',
      'dukcapil:dukcapil.makassarkota.go.id',
      'lama:baru.makassarkota.go.id+lama.makassarkota.go.id',
      'lpse:lpse.makassar.go.id',
    ]);
  });

  it('recognises a registry file made of proposals', () => {
    const record: ProposalRecord = {
      proposal: { host: 'contoh-usulan.makassarkota.go.id', name: 'Contoh', opd: 'Diskominfo', appKind: 'umum', platforms: ['web'], status: 'aktif' },
      collector: { name: 'Andi', unit: 'Diskominfo' },
      createdAt: NOW.getTime(),
    };
    const file = proposalsToRegistry([record], { watchedDomains: ['makassarkota.go.id'], now: NOW });
    expect(file.ok && isProposalRegistry(file.registry)).toBe(true);
    expect(isProposalRegistry(CURRENT)).toBe(false);
  });
});
