import type { ExportHostV1, ExportInspectionV1, ExportV1 } from '../../../utils/export/export-schema';
import { createRegistryIndex } from '../../../utils/registry/registry-index';
import type { Registry, RegistryEntry } from '../../../utils/registry/schema';
import { entry as baseEntry } from '../support/test-registry';

/** Builders for rekap tests: small exports from named collectors, and a stand-in registry. */

export const DOMAINS = ['makassarkota.go.id'];

export function host(name: string, over: Partial<ExportHostV1> = {}): ExportHostV1 {
  return {
    host: name,
    registered: false,
    app: null,
    firstSeen: '2025-03-01T00:00:00.000Z',
    lastSeen: '2025-03-10T00:00:00.000Z',
    visits: 1,
    lastUrl: `https://${name}/`,
    lastTitle: `Judul ${name}`,
    lastOutcome: 'ok',
    lastError: null,
    findings: [],
    ...over,
  };
}

export function exportOf(
  collector: string,
  exportedAt: string,
  hosts: ExportHostV1[],
  over: Partial<ExportV1> = {},
): ExportV1 {
  return {
    format: 'pantau.export',
    version: 1,
    exportedAt,
    domain: 'makassarkota.go.id',
    collector: { name: collector, unit: `Unit ${collector}` },
    extension: { version: '0.1.0', browser: 'chrome' },
    registry: { version: '2025.09.24', entries: 3 },
    hosts,
    ...over,
  };
}

function entry(over: Partial<RegistryEntry> & Pick<RegistryEntry, 'id' | 'hosts'>): RegistryEntry {
  return baseEntry({ name: `Aplikasi ${over.id}`, status: 'aktif', ...over });
}

/** Stand-in apps named contoh-* so nobody mistakes them for the real registry. */
export const TEST_REGISTRY: Registry = {
  format: 'pantau.registry',
  version: '2026.01.01',
  domains: DOMAINS,
  generatedAt: '2026-01-01T00:00:00.000Z',
  entries: [
    entry({ id: 'contoh-hidup', hosts: ['contoh-hidup.makassarkota.go.id'] }),
    entry({ id: 'contoh-mati', hosts: ['contoh-mati.makassarkota.go.id'], opd: 'Badan Kepegawaian' }),
    entry({ id: 'contoh-lama', hosts: ['contoh-lama.makassarkota.go.id'], status: 'tidak-aktif', opd: 'Badan Kepegawaian' }),
    entry({ id: 'contoh-hilang', hosts: ['contoh-hilang.makassarkota.go.id', 'www.contoh-hilang.makassarkota.go.id'], opd: '' }),
    entry({ id: 'contoh-usang', hosts: ['contoh-usang.makassarkota.go.id'] }),
  ],
};

export const TEST_INDEX = createRegistryIndex(TEST_REGISTRY, DOMAINS);

/** Every ordering of `items` (n! of them: keep n small). */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** A complete export inspection (issue 3 shape) with the given fields changed. */
export function inspectionOf(over: Partial<ExportInspectionV1> & Record<string, unknown> = {}): ExportInspectionV1 {
  return {
    checkedAt: '2025-03-01T00:00:00.000Z',
    status: 200,
    finalUrl: null,
    redirects: [],
    https: true,
    hsts: true,
    server: null,
    poweredBy: null,
    software: [],
    title: null,
    placeholder: null,
    passwordField: null,
    newestDate: null,
    copyrightYear: null,
    ...over,
  };
}
