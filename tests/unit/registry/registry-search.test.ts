import { describe, expect, it } from 'vitest';
import { BUNDLED_REGISTRY } from '../../../utils/registry/bundled';
import { createRegistrySearch, foldText, searchRegistry } from '../../../utils/registry/registry-search';
import type { RegistryEntry } from '../../../utils/registry/schema';
import { entry as baseEntry } from '../support/test-registry';

function entry(id: string, name: string, hosts: string[], extra: Partial<RegistryEntry> = {}): RegistryEntry {
  return baseEntry({ id, name, hosts, source: ['https://makassarkota.go.id/berita/page/3'], ...extra });
}

const ENTRIES: readonly RegistryEntry[] = [
  entry('dukcapil', 'Online adminduk (Dukcapil web)', ['dukcapil.makassarkota.go.id'], {
    abbreviation: 'Dukcapil',
    opd: 'Dinas Kependudukan dan Pencatatan Sipil',
  }),
  entry('lontara-plus', 'Lontara+ (Makassar Super App)', ['lontaraplus.makassarkota.go.id'], { abbreviation: 'Lontara+' }),
  entry('museum', 'Virtual Museum Makassar', ['dikemas.makassarkota.go.id'], { opd: 'Dinas Kebudayaan' }),
  entry('spmb', 'SPMB Kota Makassar', ['spmb.makassarkota.go.id'], { abbreviation: 'SPMB', opd: 'Dinas Pendidikan' }),
  entry('simulasi', 'Simulasi PPDB', ['simulasippdb.makassarkota.go.id'], { opd: 'Dinas Pendidikan' }),
  entry('data', 'Satu Data', ['data.makassarkota.go.id']),
  entry('metadata', 'Metadata catalogue', ['katalog.makassarkota.go.id']),
  entry('api', 'api.makassarkota.go.id', ['api.makassarkota.go.id']),
  entry('apipta', 'PTA audit app', ['apipta.makassarkota.go.id'], { abbreviation: 'apipta', opd: 'Inspektorat Kota Makassar' }),
  entry('kecamatan-wajo', 'Pelayanan Online Kecamatan Wajo', ['wajokec.makassarkota.go.id'], { opd: 'Kecamatan Wajo' }),
];

const ids = (entries: readonly RegistryEntry[]) => entries.map((e) => e.id);

describe('foldText', () => {
  it.each([
    ['Dukcapíl', 'dukcapil'],
    ['DUKCAPIL', 'dukcapil'],
    ['  Kantor   Çamat\tWajo \n', 'kantor camat wajo'],
    ['Ｌｏｎｔａｒａ＋', 'lontara+'], // full-width letters fold under NFKD
    ['Café', 'cafe'],
    ['', ''],
  ])('folds %j to %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
});

describe('searchRegistry', () => {
  it.each(['dukcapil', 'DUKCAPIL', 'dukcapíl', 'DÚKCAPIL', ' dukcapil '])('is case- and accent-insensitive (%j)', (query) => {
    expect(ids(searchRegistry(ENTRIES, query))).toEqual(['dukcapil']);
  });

  it('matches on the owning unit', () => {
    expect(ids(searchRegistry(ENTRIES, 'kependudukan'))).toEqual(['dukcapil']);
  });

  it('matches on a host', () => {
    expect(ids(searchRegistry(ENTRIES, 'dikemas'))).toEqual(['museum']);
  });

  it('matches on the abbreviation', () => {
    expect(ids(searchRegistry(ENTRIES, 'lontara+'))).toEqual(['lontara-plus']);
  });

  it('requires every term to match somewhere (AND)', () => {
    expect(ids(searchRegistry(ENTRIES, 'pendidikan'))).toEqual(['simulasi', 'spmb']);
    expect(ids(searchRegistry(ENTRIES, 'pendidikan simulasi'))).toEqual(['simulasi']);
    expect(searchRegistry(ENTRIES, 'pendidikan dukcapil')).toEqual([]);
  });

  it('lets terms match different fields', () => {
    // "wajokec" is in the host, "pelayanan" in the name.
    expect(ids(searchRegistry(ENTRIES, 'pelayanan wajokec'))).toEqual(['kecamatan-wajo']);
  });

  it('never matches a term across two fields', () => {
    expect(searchRegistry(ENTRIES, 'web)dukcapil')).toEqual([]);
  });

  it('returns nothing when nothing matches', () => {
    expect(searchRegistry(ENTRIES, 'zzz')).toEqual([]);
  });

  it('orders equally good matches by name', () => {
    expect(ids(searchRegistry(ENTRIES, 'pendidikan'))).toEqual(['simulasi', 'spmb']); // "Simulasi PPDB" < "SPMB…"
  });

  it('lists the first `limit` entries by name for an empty or blank query', () => {
    const byName = [...ENTRIES].sort((a, b) => (foldText(a.name) < foldText(b.name) ? -1 : 1));
    expect(ids(searchRegistry(ENTRIES, ''))).toEqual(ids(byName));
    expect(ids(searchRegistry(ENTRIES, '   ', 3))).toEqual(ids(byName.slice(0, 3)));
  });

  it('respects the limit for a query too', () => {
    expect(searchRegistry(ENTRIES, 'makassarkota', 2)).toHaveLength(2);
    expect(searchRegistry(ENTRIES, 'makassarkota', 0)).toEqual([]);
  });
});

describe('searchRegistry ranking', () => {
  // Each pair is chosen so that name order alone would give the opposite answer.
  const RANKED: readonly RegistryEntry[] = [
    entry('sistem-arsip', 'Sistem Arsip', ['a.makassarkota.go.id']),
    entry('arsip-digital', 'Arsip Digital', ['b.makassarkota.go.id']),
    entry('kearsipan', 'Layanan Kearsipan', ['c.makassarkota.go.id']),
    entry('data-hub', 'Data Hub', ['d.makassarkota.go.id']),
    entry('portal-data', 'Portal', ['datahub.makassarkota.go.id']),
    entry('sipp-name', 'SIPP Makassar', ['e.makassarkota.go.id']),
    entry('sipp-abbr', 'Sistem Informasi Pelayanan Personil', ['f.makassarkota.go.id'], { abbreviation: 'SIPP' }),
    entry('aaa-sigap', 'Aaa', ['sigap.brida.makassarkota.go.id']),
    entry('zzz-brida', 'Zzz', ['brida.makassarkota.go.id']),
  ];

  it('ranks an exact abbreviation above a name prefix', () => {
    expect(ids(searchRegistry(RANKED, 'sipp'))).toEqual(['sipp-abbr', 'sipp-name']);
  });

  it('ranks an exact host above a substring of another host', () => {
    expect(ids(searchRegistry(RANKED, 'brida.makassarkota.go.id'))).toEqual(['zzz-brida', 'aaa-sigap']);
  });

  it('ranks a host prefix above a name prefix', () => {
    expect(ids(searchRegistry(RANKED, 'data'))).toEqual(['portal-data', 'data-hub']);
  });

  it('ranks a name prefix above a word prefix above a substring', () => {
    expect(ids(searchRegistry(RANKED, 'arsip'))).toEqual(['arsip-digital', 'sistem-arsip', 'kearsipan']);
  });

  it('matches inside a word, below every better match', () => {
    expect(ids(searchRegistry(RANKED, 'rsip'))).toEqual(['arsip-digital', 'kearsipan', 'sistem-arsip']);
  });
});

describe('createRegistrySearch', () => {
  it('gives the same answers as searchRegistry when reused for many queries', () => {
    const search = createRegistrySearch(ENTRIES);
    for (const query of ['', 'd', 'du', 'duk', 'dukcapil', 'pendidikan spmb', 'MAKASSAR']) {
      expect(search(query)).toEqual(searchRegistry(ENTRIES, query));
    }
  });

  it('finds the bundled registry apps by their common names', () => {
    const search = createRegistrySearch(BUNDLED_REGISTRY.entries);
    expect(search('dukcapil')[0]?.id).toBe('dukcapil');
    expect(search('lontara')[0]?.id).toBe('lontara-plus');
    expect(search('pakinta')[0]?.id).toBe('pakinta');
    expect(search('kominfo').length).toBeGreaterThan(0);
  });

  it('finds an entry by the research name kept in its description, not by other description words', () => {
    const renamed = entry('absensi', 'Absensi Magang Diskominfo', ['absensi.diskominfo.makassarkota.go.id'], {
      description: 'Internal app for interns. Nama dalam data riset: Intern attendance Diskominfo. Owner inferred.',
    });
    const search = createRegistrySearch([...ENTRIES, renamed]);
    expect(ids(search('intern attendance'))).toEqual(['absensi']);
    expect(ids(search('absensi magang'))).toEqual(['absensi']);
    expect(search('owner inferred')).toEqual([]);
  });

  it('finds the renamed bundled entries by their research names', () => {
    const search = createRegistrySearch(BUNDLED_REGISTRY.entries);
    expect(search('online adminduk')[0]?.id).toBe('dukcapil');
    expect(search('intern attendance')[0]?.id).toBe('intern-attendance-diskominfo');
    expect(search('formerly ppdb')[0]?.id).toBe('spmb-kota-makassar');
    expect(search('emergency')[0]?.id).toBe('call-center-112');
    expect(search('email server')[0]?.id).toBe('email-server-makassar-gov');
  });

  it('stays fast on a large registry', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => entry(`e-${i}`, `Aplikasi Layanan ${i}`, [`app${i}.makassarkota.go.id`]));
    const search = createRegistrySearch(many);
    const start = performance.now();
    for (const query of ['a', 'ap', 'apl', 'apli', 'aplikasi', 'aplikasi 4', 'aplikasi 49', 'aplikasi 499']) search(query);
    // Eight keystrokes over 5 000 entries; generous so a slow CI machine does not flake.
    expect(performance.now() - start).toBeLessThan(500);
  });
});
