import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../utils/registry-import/import-preview';
import type { Registry } from '../../../utils/registry/schema';
import { entry } from '../support/test-registry';

/**
 * A 5-row office CSV previewed with "replace the whole registry" selected removed 41 entries, and
 * "add" replaced whole entries, losing an abbreviation, the category and the source evidence.
 */
const DOMAINS = ['makassarkota.go.id'];
const NOW = new Date('2026-12-01T00:00:00Z');
const SOURCE = 'github:kota/data/apps.csv@0123456789abcdef0123456789abcdef01234567';

const CURRENT: Registry = {
  format: 'pantau.registry',
  version: '2026.11.01',
  domains: DOMAINS,
  generatedAt: '2026-11-01T00:00:00.000Z',
  entries: [
    entry({ id: 'dukcapil', name: 'Layanan Dukcapil', abbreviation: 'DKP', hosts: ['dukcapil.makassarkota.go.id'], category: 'internal', status: 'aktif', opd: 'Dinas Kependudukan dan Pencatatan Sipil', unitKind: 'dinas', source: [SOURCE] }),
    ...Array.from({ length: 10 }, (_, i) => entry({ id: `lain-${i}`, hosts: [`lain-${i}.makassarkota.go.id`], source: [SOURCE] })),
  ],
};

const csv = (rows: string[]) => ['nama_aplikasi,url,status,kategori,singkatan', ...rows].join('\r\n');
const preview = (content: string, over: Partial<Parameters<typeof previewImport>[0]> = {}) =>
  previewImport({ content, fileName: 'inventaris.csv', current: CURRENT, watchedDomains: DOMAINS, now: NOW, ...over });

describe('registry import', () => {
  it('merges by default: nothing is removed and the preview says replace would remove entries', () => {
    const result = preview(csv(['Aplikasi Baru,https://baru.makassarkota.go.id/,aktif,,']));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.mode).toBe('merge');
    expect(result.suggestedMode).toBe('merge');
    expect(result.diff.removed).toEqual([]);
    expect(result.diff.added.map((e) => e.hosts[0])).toEqual(['baru.makassarkota.go.id']);
    expect(result.replaceRemoves).toBe(11);
  });

  it('fills an existing entry field by field: empty cells keep their value, sources are combined', () => {
    const result = preview(csv(['Dukcapil Online,dukcapil.makassarkota.go.id,,,']));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = result.next.entries.find((e) => e.hosts.includes('dukcapil.makassarkota.go.id'));
    expect(merged).toMatchObject({ id: 'dukcapil', name: 'Dukcapil Online', abbreviation: 'DKP', category: 'internal', status: 'aktif', opd: 'Dinas Kependudukan dan Pencatatan Sipil', unitKind: 'dinas' });
    expect(merged?.source).toEqual([SOURCE, 'file:inventaris.csv@2026-12-01']);
    expect(result.next.entries).toHaveLength(11);
  });

  it('replaces only when asked, and then the file is the registry', () => {
    const result = preview(csv(['Aplikasi Baru,https://baru.makassarkota.go.id/,aktif,,']), { mode: 'replace' });
    expect(result.ok && result.diff.removed.length).toBe(11);
  });

  it('lists bad rows, and imports the valid ones once asked to', () => {
    const content = csv(['Baik Satu,https://satu.makassarkota.go.id/,aktif,,', 'Buruk,https://evil.example/,aktif,,', ',https://dua.makassarkota.go.id/,aktif,,', 'Baik Dua,https://tiga.makassarkota.go.id/,bogus,,', 'Baik Tiga,https://empat.makassarkota.go.id/,,,']);
    const first = preview(content);
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.problems.map((p) => p.row)).toEqual([3, 4, 5]);
    expect(first.validRows).toBe(2);
    const second = preview(content, { skipBadRows: true });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.skipped.map((p) => p.row)).toEqual([3, 4, 5]);
    expect(second.diff.added.map((e) => e.hosts[0]).sort()).toEqual(['empat.makassarkota.go.id', 'satu.makassarkota.go.id']);
  });

  it('does not offer a partial import when the file as a whole is wrong', () => {
    const result = preview('judul,lain\r\nx,y');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.validRows).toBe(0);
  });
});
