/**
 * Which CSV column holds which registry field. Offices name columns in Indonesian or English, with
 * any case, spaces, underscores or hyphens ("Nama Aplikasi", "nama_aplikasi", "NAMA-APLIKASI"), so
 * headers are compared after folding those away.
 */

/** Registry fields a CSV column can fill. `hosts` may come from several columns (url and host). */
export type CsvField =
  | 'id'
  | 'name'
  | 'abbreviation'
  | 'opd'
  | 'unitKind'
  | 'hosts'
  | 'status'
  | 'platforms'
  | 'category'
  | 'description'
  | 'androidPackage'
  | 'source';

/** Known header names per field, already folded (see `foldHeader`). */
const ALIASES: Readonly<Record<CsvField, readonly string[]>> = {
  id: ['id', 'kode', 'kodeaplikasi', 'idaplikasi'],
  name: ['namaaplikasi', 'nama', 'name', 'appname', 'aplikasi', 'namalayanan', 'namasitus'],
  abbreviation: ['singkatan', 'abbreviation', 'akronim', 'shortname'],
  opd: ['opd', 'perangkatdaerah', 'unit', 'namaopd', 'unitkerja', 'instansi', 'pemilik', 'owner', 'owneropd', 'opdpengelola', 'opdpemilik'],
  unitKind: ['jenisunit', 'unitkind', 'jenisopd', 'jenisperangkatdaerah'],
  hosts: ['url', 'host', 'hosts', 'alamat', 'alamaturl', 'alamatweb', 'alamatsitus', 'domain', 'subdomain', 'tautan', 'link', 'website', 'situs'],
  status: ['status', 'statusaplikasi', 'keaktifan'],
  platforms: ['basis', 'platform', 'platforms', 'basisaplikasi', 'jenisplatform'],
  category: ['kategori', 'category', 'jenislayanan'],
  description: ['keterangan', 'deskripsi', 'description', 'uraian', 'catatan', 'fungsi'],
  androidPackage: ['androidpackage', 'paketandroid', 'packagename'],
  source: ['sumber', 'source', 'sources', 'evidence', 'bukti', 'referensi'],
};

const FIELD_BY_ALIAS: ReadonlyMap<string, CsvField> = new Map(
  (Object.entries(ALIASES) as Array<[CsvField, readonly string[]]>).flatMap(([field, names]) =>
    names.map((name) => [name, field] as const),
  ),
);

/** `" Nama_Aplikasi "` → `namaaplikasi`: lower case, without spaces, underscores, hyphens and dots. */
export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_.\-/]+/g, '');
}

/** The field a header names, or null when it names none. */
export function fieldForHeader(header: string): CsvField | null {
  return FIELD_BY_ALIAS.get(foldHeader(header)) ?? null;
}

export interface HeaderMap {
  /** Column index → field, for the columns that name one. */
  columns: Map<number, CsvField>;
  /** Headers that name no field, with their column index (ignored, reported as a warning). */
  ignored: Array<{ index: number; header: string }>;
  /** Fields named by more than one column, except `hosts` (a url and a host column both count). */
  duplicates: Array<{ field: CsvField; headers: string[] }>;
  /** The header as written for each field (the first column naming it). */
  headerOf: Map<CsvField, string>;
}

/** Maps a header row. Empty headers (Excel's trailing separators) are neither fields nor ignored. */
export function mapHeaders(headers: readonly string[]): HeaderMap {
  const columns = new Map<number, CsvField>();
  const ignored: HeaderMap['ignored'] = [];
  const seen = new Map<CsvField, string[]>();
  headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const field = fieldForHeader(header);
    if (field === null) {
      ignored.push({ index, header });
      return;
    }
    seen.set(field, [...(seen.get(field) ?? []), header]);
    columns.set(index, field);
  });
  const duplicates = [...seen]
    .filter(([field, names]) => field !== 'hosts' && names.length > 1)
    .map(([field, names]) => ({ field, headers: names }));
  const headerOf = new Map([...seen].map(([field, names]) => [field, names[0] ?? field] as const));
  return { columns, ignored, duplicates, headerOf };
}
