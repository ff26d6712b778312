import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpdList, DEFAULT_OPD_CSV, DEFAULT_OPD_LIST_FILE, serialiseOpdList } from '../../../scripts/build-opd-list';
import { findOpd, opdList, unitKindOf } from '../../../utils/registry/opd-list';

describe('bundled OPD list', () => {
  it('is exactly what opd.csv builds (run `npm run build:opd-list` after the data changes)', () => {
    expect(existsSync(DEFAULT_OPD_CSV), `${DEFAULT_OPD_CSV} is missing: this check needs the research data`).toBe(true);
    const built = buildOpdList(readFileSync(DEFAULT_OPD_CSV, 'utf8'));
    if (!built.ok) throw new Error(built.errors.join('\n'));
    expect(serialiseOpdList(built.list)).toBe(readFileSync(DEFAULT_OPD_LIST_FILE, 'utf8'));
    // The units the data README says have no checkable evidence are left out, and said so.
    expect(built.omitted).toEqual(['Dinas Ketenagakerjaan', 'Dinas Perindustrian', 'RSUD Daya Kota Makassar', 'Tim Penggerak PKK Kota Makassar']);
  });

  it('lists units with their evidence only', () => {
    expect(opdList().length).toBeGreaterThan(50);
    expect(opdList().every((unit) => unit.source.length > 0)).toBe(true);
  });

  it('refuses a unit with an unknown kind, and skips one without evidence', () => {
    const csv = 'kind,name,abbreviation,hosts,evidence\nkementerian,Kementerian X,,,https://a.example/\ndinas,Dinas Y,,,\n';
    expect(buildOpdList(csv)).toEqual({ ok: false, errors: ['opd.csv row 2 (Kementerian X): unknown kind "kementerian".'] });
    expect(buildOpdList('kind,name,abbreviation,hosts,evidence\ndinas,Dinas Y,,,\n')).toMatchObject({ ok: false });
  });
});

describe('findOpd and unitKindOf', () => {
  it.each([
    ['Dinas Komunikasi dan Informatika', 'Dinas Komunikasi dan Informatika'],
    ['  dinas  komunikasi DAN informatika ', 'Dinas Komunikasi dan Informatika'],
    ['Diskominfo', 'Dinas Komunikasi dan Informatika'],
    ['LPSE', 'Bagian Layanan Pengadaan Barang dan Jasa'],
    ['Sekretariat Daerah', 'Sekretariat Daerah Kota Makassar'],
    ['Bagian Kerjasama Setda', 'Bagian Kerjasama'],
  ])('finds %j', (text, name) => {
    expect(findOpd(text)?.name).toBe(name);
  });

  it('finds nothing for unknown or empty text', () => {
    expect(findOpd('Kementerian Dalam Negeri')).toBeNull();
    expect(findOpd('   ')).toBeNull();
  });

  it('tells the kind of listed units, and of unlisted ones by their name', () => {
    expect(unitKindOf('Diskominfo')).toBe('dinas');
    expect(unitKindOf('Kecamatan Wajo')).toBe('kecamatan');
    expect(unitKindOf('Dinas Ketenagakerjaan')).toBe('dinas'); // not listed (no evidence), still a dinas
    expect(unitKindOf('Kelurahan Contoh')).toBe('kelurahan');
    expect(unitKindOf('Koperasi Pegawai')).toBe('tidak-diketahui');
  });
});
