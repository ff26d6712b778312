import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRegistry, type ImportRegistryInput, type ImportRegistryResult } from '../../../utils/registry-import/import-registry';
import type { Registry } from '../../../utils/registry/schema';
import { entry, TEST_REGISTRY } from '../support/test-registry';
import { opdList } from '../../../utils/registry/opd-list';

const FIXTURES = resolve(__dirname, '../../fixtures/registry-import');
const NOW = new Date('2026-11-27T10:00:00.000Z');
const WATCHED = ['makassarkota.go.id'];

function run(content: string | Uint8Array, over: Partial<ImportRegistryInput> = {}): ImportRegistryResult {
  return importRegistry({ content, name: 'inventaris.csv', origin: 'file', watchedDomains: WATCHED, opdUnits: opdList(), now: NOW, ...over });
}
function ok(result: ImportRegistryResult): Extract<ImportRegistryResult, { ok: true }> {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join('\n'));
  return result;
}
function problems(result: ImportRegistryResult) {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problems.map(({ row, field, reason }) => ({ row, field, reason }));
}
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));
const byId = (registry: Registry, id: string) => registry.entries.find((e) => e.id === id);

describe('importRegistry: CSV as offices keep it', () => {
  it('reads a semicolon file with BOM, CRLF, Indonesian headers, quoted cells and messy URLs', () => {
    const { registry, format, warnings } = ok(run(fixture('inventaris-opd.csv'), { name: 'C:\\fakepath\\inventaris-opd.csv' }));
    expect(format).toBe('csv');
    expect(registry.version).toBe('2026.11.27');
    expect(registry.domains).toEqual(WATCHED);
    expect(registry.entries.map((e) => e.id)).toEqual(['contoh-dua-alamat', 'contoh-kelurahan-surat', 'contoh-layanan-perizinan', 'contoh-tanpa-status']);
    expect(byId(registry, 'contoh-layanan-perizinan')).toEqual({
      id: 'contoh-layanan-perizinan',
      name: 'Contoh Layanan Perizinan',
      abbreviation: 'CLP',
      // www., scheme, path and query dropped from the host; the URL keeps origin and path only.
      hosts: ['contoh-izin.makassarkota.go.id'],
      url: 'https://www.contoh-izin.makassarkota.go.id/login',
      // The abbreviation is resolved to the unit's name in the OPD list.
      opd: 'Dinas Komunikasi dan Informatika',
      unitKind: 'dinas',
      category: 'public-service',
      platforms: ['web', 'android'],
      status: 'aktif',
      description: 'Perizinan; uji coba "tahap 2"',
      source: ['file:inventaris-opd.csv@2026-11-27'],
    });
    const kelurahan = byId(registry, 'contoh-kelurahan-surat');
    expect(kelurahan?.hosts).toEqual(['contoh-surat.contoh.kel.makassarkota.go.id']); // upper case and trailing dot
    expect(kelurahan?.unitKind).toBe('kelurahan');
    expect(kelurahan?.status).toBe('tidak-aktif');
    const two = byId(registry, 'contoh-dua-alamat');
    expect(two?.hosts).toEqual(['contoh-a.makassarkota.go.id', 'contoh-b.makassarkota.go.id']); // port dropped
    expect(two?.platforms).toEqual(['web', 'ios']);
    expect(two?.status).toBe('pengembangan');
    expect(two?.description).toBe('baris kedua'); // a line break inside quotes
    const blank = byId(registry, 'contoh-tanpa-status');
    expect(blank?.status).toBe('tidak-diketahui');
    expect(blank?.unitKind).toBe('badan'); // from the jenis_unit column
    expect(warnings.map((w) => [w.reason, w.row])).toEqual([
      ['column-ignored', 1],
      ['opd-not-in-list', 3],
      ['opd-not-in-list', 6], // Excel row 6: the quoted line break does not start a new row
      ['source-added', null],
      ['category-defaulted', null],
    ]);
  });

  it('reads a comma file with English headers and keeps cited sources', () => {
    const { registry, warnings } = ok(run(fixture('inventory-english.csv')));
    expect(byId(registry, 'contoh-portal-data')?.source).toEqual(['https://makassarkota.go.id/']);
    expect(byId(registry, 'contoh-profil')?.category).toBe('unit-profile');
    expect(byId(registry, 'contoh-profil')?.status).toBe('tidak-aktif');
    expect(warnings.map((w) => w.reason)).toEqual(['source-added']);
  });

  it('lists every problem with its Excel row, field and reason, and changes nothing', () => {
    expect(problems(run(fixture('problems.csv')))).toEqual([
      { row: 2, field: 'name', reason: 'empty-name' },
      { row: 3, field: 'hosts', reason: 'no-host' },
      { row: 4, field: 'hosts', reason: 'bad-url' },
      { row: 6, field: 'hosts', reason: 'duplicate-host' },
      { row: 7, field: 'hosts', reason: 'host-outside-domains' },
      { row: 8, field: 'status', reason: 'unknown-status' },
      { row: 9, field: 'platforms', reason: 'unknown-platform' },
      { row: 10, field: 'source', reason: 'bad-source' },
      { row: 11, field: 'category', reason: 'unknown-category' },
      { row: 12, field: 'unitKind', reason: 'unknown-unit-kind' },
      { row: 13, field: 'id', reason: 'bad-id' },
      { row: 15, field: 'id', reason: 'duplicate-id' },
    ]);
  });

  it('words each problem in Indonesian and English and names the column as written', () => {
    const result = run('Nama Aplikasi;Alamat;Status\nContoh;contoh.makassarkota.go.id;hidup\n');
    if (result.ok) throw new Error('expected problems');
    expect(result.problems[0]).toMatchObject({
      row: 2,
      field: 'status',
      column: 'Status',
      reason: 'unknown-status',
      message: { id: expect.stringMatching(/^Baris 2: status "hidup" tidak dikenal/), en: expect.stringMatching(/^Row 2: unknown status "hidup"/) },
    });
  });

  it.each([
    ['aktif', 'aktif'], ['Active', 'aktif'], ['TIDAK AKTIF', 'tidak-aktif'], ['nonaktif', 'tidak-aktif'], ['Non-Aktif', 'tidak-aktif'],
    ['inactive', 'tidak-aktif'], ['pengembangan', 'pengembangan'], ['Dalam Pengembangan', 'pengembangan'], ['development', 'pengembangan'],
    ['kosong', 'tidak-diketahui'], ['unknown', 'tidak-diketahui'], ['', 'tidak-diketahui'], ['tidak-diketahui', 'tidak-diketahui'],
  ])('maps the status word %j to %s', (word, status) => {
    const { registry } = ok(run(`nama,url,status\nContoh,contoh.makassarkota.go.id,${word}\n`));
    expect(registry.entries[0]?.status).toBe(status);
  });

  it.each(['https://contoh.makassarkota.go.id/path?x=1#y', 'HTTP://WWW.Contoh.Makassarkota.Go.Id:8443/', 'contoh.makassarkota.go.id.', '<contoh.makassarkota.go.id>'])(
    'reduces %j to its hostname',
    (cell) => {
      const { registry } = ok(run(`name,host\nContoh,"${cell}"\n`));
      expect(registry.entries[0]?.hosts).toEqual(['contoh.makassarkota.go.id']);
    },
  );

  it('reads several hosts in one cell separated by spaces, commas, semicolons or line breaks', () => {
    const cell = 'a-contoh.makassarkota.go.id b-contoh.makassarkota.go.id,c-contoh.makassarkota.go.id;d-contoh.makassarkota.go.id\ne-contoh.makassarkota.go.id';
    const { registry } = ok(run(`name,host\nContoh,"${cell}"\n`));
    expect(registry.entries[0]?.hosts).toHaveLength(5);
  });

  it('refuses a file with no name or host column, and a file with two name columns', () => {
    expect(problems(run('opd,status\nDiskominfo,aktif\n'))).toEqual([
      { row: 1, field: 'name', reason: 'missing-column' },
      { row: 1, field: 'hosts', reason: 'missing-column' },
    ]);
    expect(problems(run('nama,name,url\nA,B,contoh.makassarkota.go.id\n'))).toEqual([{ row: 1, field: 'name', reason: 'duplicate-column' }]);
  });

  it('reads url and host columns together and Excel\'s sep= hint line', () => {
    const { registry } = ok(run('sep=;\nname;url;host\nContoh;https://a-contoh.makassarkota.go.id/;b-contoh.makassarkota.go.id\n'));
    expect(registry.entries[0]?.hosts).toEqual(['a-contoh.makassarkota.go.id', 'b-contoh.makassarkota.go.id']);
  });

  it('reports an unclosed quote as broken CSV', () => {
    expect(problems(run('name,url\n"Contoh,contoh.makassarkota.go.id\n')).map((p) => p.reason)).toContain('csv-syntax');
  });

  it('decodes UTF-16 and Windows-1252 files, warning about the latter', () => {
    const text = 'nama,url\nLayanan Café,contoh.makassarkota.go.id\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(ok(run(utf16)).registry.entries[0]?.name).toBe('Layanan Café');
    const latin = ok(run(new Uint8Array(Buffer.from(text, 'latin1'))));
    expect(latin.registry.entries[0]?.name).toBe('Layanan Café');
    expect(latin.warnings[0]?.reason).toBe('decoded-as-windows-1252');
  });

  it('keeps the id of the current entry serving the same host, so exports still match', () => {
    const { registry } = ok(run('name,url\nDinas Dukcapil Baru,https://www.dukcapil.makassarkota.go.id/\n', { current: TEST_REGISTRY }));
    expect(registry.entries[0]?.id).toBe('dukcapil');
  });

  it('makes ids from names, deduplicated in row order', () => {
    const { registry } = ok(run('name,url\nSIPP (Sistem Informasi),a-contoh.makassarkota.go.id\nSIPP,b-contoh.makassarkota.go.id\n'));
    expect(registry.entries.map((e) => [e.id, e.hosts[0]])).toEqual([['sipp', 'a-contoh.makassarkota.go.id'], ['sipp-2', 'b-contoh.makassarkota.go.id']]);
  });

  it('refuses empty, oversized and hostile text fields', () => {
    expect(problems(run('  \n'))).toEqual([{ row: null, field: null, reason: 'file-empty' }]);
    expect(problems(run('x'.repeat(5 * 1024 * 1024 + 1)))).toEqual([{ row: null, field: null, reason: 'file-too-large' }]);
    expect(problems(run(`name,url\n${'N'.repeat(301)},contoh.makassarkota.go.id\n`))).toEqual([{ row: 2, field: 'name', reason: 'text-too-long' }]);
    const { registry } = ok(run('name,url,keterangan\n"Con\u202etoh\u0000",contoh.makassarkota.go.id,"=HYPERLINK(""x"")"\n'));
    expect(registry.entries[0]?.name).toBe('Contoh');
  });

  it('caps a flood of problems', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Contoh ${i},bukan host ${i}`).join('\n');
    const result = run(`name,url\n${rows}\n`);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toHaveLength(201);
    expect(result.problems.at(-1)?.reason).toBe('too-many-problems');
  });
});

describe('importRegistry: Pantau JSON', () => {
  it('accepts a valid registry and warns about entries on a domain that is not watched', () => {
    const result = ok(run(fixture('registry.json'), { name: 'registry.json' }));
    expect(result.format).toBe('json');
    expect(result.registry.entries).toHaveLength(2);
    expect(result.warnings.map((w) => w.reason)).toEqual(['host-on-unwatched-domain']);
    expect(ok(run(fixture('registry.json'), { name: 'x', watchedDomains: ['makassarkota.go.id', 'makassar.go.id'] })).warnings).toEqual([]);
  });

  it('tells JSON from CSV by content when the name says nothing', () => {
    expect(ok(run(fixture('registry.json'), { name: 'download' })).format).toBe('json');
  });

  it('refuses invalid JSON, an invalid registry, and one with nothing on a watched domain', () => {
    expect(problems(run('{"format": ', { name: 'r.json' }))[0]?.reason).toBe('invalid-json');
    const invalid = run(JSON.stringify({ ...TEST_REGISTRY, version: '1.0.0', entries: [entry({ id: 'Bad Id', hosts: ['x.makassarkota.go.id'] })] }), { name: 'r.json' });
    expect(problems(invalid).map((p) => p.reason)).toEqual(['invalid-registry']);
    if (!invalid.ok) expect(invalid.problems[0]?.message.id).toMatch(/^Registri tidak sah: Entry 0/);
    const elsewhere = { ...TEST_REGISTRY, version: '1.0.0', domains: ['makassar.go.id'], entries: [entry({ id: 'lpse', hosts: ['lpse.makassar.go.id'] })] };
    expect(problems(run(JSON.stringify(elsewhere), { name: 'r.json' }))).toEqual([{ row: null, field: null, reason: 'no-watched-entry' }]);
  });
});
