import { createRegistryIndex } from '../../../utils/registry/registry-index';
import type { Registry, RegistryEntry } from '../../../utils/registry/schema';
import { parseUnitPlan, type PlanUnit, type UnitPlan } from '../../../utils/units/unit-plan-schema';

/** A small stand-in plan and registry for rollout tests (contoh-* hosts, real-looking codes). */

const SOURCE = ['https://makassarkota.go.id/'];
const u = (unit: Omit<PlanUnit, 'source'>): PlanUnit => ({ ...unit, source: SOURCE });

export const TEST_PLAN: UnitPlan = (() => {
  const parsed = parseUnitPlan({
    format: 'pantau.unit-plan',
    version: '2026.01.01',
    from: ['test'],
    units: [
      u({ id: 'dinas-sosial', kind: 'dinas', name: 'Dinas Sosial', abbreviation: 'Dinsos', hosts: ['contoh-dinsos.makassarkota.go.id'] }),
      u({ id: 'dinas-lingkungan-hidup', kind: 'dinas', name: 'Dinas Lingkungan Hidup', abbreviation: 'DLH', hosts: [] }),
      u({ id: 'dinas-kearsipan', kind: 'dinas', name: 'Dinas Kearsipan', hosts: [] }),
      u({ id: '73.71.01', kind: 'kecamatan', name: 'Kecamatan Mariso', code: '73.71.01', hosts: ['contoh-marisokec.makassarkota.go.id'] }),
      u({ id: '73.71.02', kind: 'kecamatan', name: 'Kecamatan Mamajang', code: '73.71.02', hosts: ['contoh-mamajangkec.makassarkota.go.id'] }),
      u({ id: '73.71.01.1001', kind: 'kelurahan', name: 'Kelurahan Bontorannu', code: '73.71.01.1001', kecamatan: '73.71.01', hosts: ['dash.contoh.kel.makassarkota.go.id'] }),
      u({ id: '73.71.01.1002', kind: 'kelurahan', name: 'Kelurahan Mattoangin', code: '73.71.01.1002', kecamatan: '73.71.01', hosts: [] }),
      u({ id: '73.71.02.1001', kind: 'kelurahan', name: 'Kelurahan Baji Mappakasunggu', code: '73.71.02.1001', kecamatan: '73.71.02', hosts: [] }),
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.plan;
})();

const entry = (over: Partial<RegistryEntry> & Pick<RegistryEntry, 'id' | 'hosts' | 'opd'>): RegistryEntry => ({
  name: `Aplikasi ${over.id}`,
  unitKind: 'dinas',
  category: 'public-service',
  platforms: ['web'],
  status: 'tidak-diketahui',
  source: SOURCE,
  ...over,
});

export const UNIT_REGISTRY: Registry = {
  format: 'pantau.registry',
  version: '2026.01.01',
  domains: ['makassarkota.go.id'],
  generatedAt: '2026-01-01T00:00:00.000Z',
  entries: [
    entry({ id: 'contoh-dinsos', hosts: ['contoh-dinsos.makassarkota.go.id'], opd: 'Dinas Sosial' }),
    // Not in the plan: attached to Dinas Kearsipan through its opd (written as "(inferred)").
    entry({ id: 'contoh-arsip', hosts: ['contoh-arsip.makassarkota.go.id', 'api.contoh-arsip.makassarkota.go.id'], opd: 'Dinas Kearsipan (inferred)' }),
    entry({ id: 'contoh-mariso', hosts: ['contoh-marisokec.makassarkota.go.id'], opd: 'Kecamatan Mariso', unitKind: 'kecamatan' }),
    entry({ id: 'contoh-portal', hosts: ['makassarkota.go.id'], opd: 'Pemkot Makassar / Diskominfo', unitKind: 'pemkot' }),
  ],
};

export const UNIT_INDEX = createRegistryIndex(UNIT_REGISTRY, ['makassarkota.go.id']);
