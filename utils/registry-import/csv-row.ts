import { cleanTitle } from '../text/clean-text';
import { isUnderDomain } from '../domains/host-match';
import type { OpdUnit } from '../registry/opd-list-schema';
import { findOpdIn, unitKindIn } from '../registry/opd-lookup';
import { REGISTRY_LIMITS, sourceSchema, type Category, type Platform, type RegistryStatus, type UnitKind } from '../registry/schema';
import { parseCategory, parseHostCell, parsePlatforms, parseStatus, parseUnitKind } from './cell-values';
import type { CsvField } from './header-map';
import { notice, quote, type ImportWarning, type Problem } from './problems';

/** Longest text kept per field (the registry schema's bounds); a longer cell is a problem, not silently cut. */
export const TEXT_LIMITS = {
  name: REGISTRY_LIMITS.name,
  abbreviation: REGISTRY_LIMITS.abbreviation,
  opd: REGISTRY_LIMITS.opd,
  description: REGISTRY_LIMITS.description,
  id: REGISTRY_LIMITS.id,
  source: REGISTRY_LIMITS.source,
} as const;

/** One CSV row read into registry values, before ids are assigned. */
export interface RowEntry {
  row: number;
  wantedId: string | null;
  name: string;
  abbreviation?: string;
  hosts: string[];
  url?: string;
  opd: string;
  unitKind: UnitKind;
  category: Category | null;
  platforms: Platform[];
  status: RegistryStatus;
  description?: string;
  androidPackage?: string;
  /** Empty when the row cites nothing: the file's source is added later. */
  source: string[];
  /**
   * Fields whose cell was empty and got a default (or stayed empty): a merge keeps the value of the
   * entry in force for them instead of the default (merge-registries.ts).
   */
  blank: BlankField[];
}

/** Registry fields a CSV row can leave empty while the entry still gets a value. */
export type BlankField = 'opd' | 'unitKind' | 'category' | 'platforms' | 'status';

/** What a row reader needs besides the cells. */
export interface RowContext {
  watchedDomains: readonly string[];
  headerOf: ReadonlyMap<CsvField, string>;
  problems: Problem[];
  warnings: ImportWarning[];
  /** The city's OPD list, to name a row's unit as the list does and tell its kind. */
  opdUnits: readonly OpdUnit[];
}

/** Reads one row's cells (already grouped by field; `hosts` joined from every host column). */
export function readRow(row: number, cells: ReadonlyMap<CsvField, string>, ctx: RowContext): RowEntry | null {
  const before = ctx.problems.length;
  const at = (field: CsvField) => ({ row, field, column: ctx.headerOf.get(field) });
  const problem = (reason: Problem['reason'], field: CsvField, id: string, en: string) =>
    ctx.problems.push(notice(reason, at(field), { id, en }));
  const text = (field: keyof typeof TEXT_LIMITS & CsvField): string => {
    const raw = cells.get(field) ?? '';
    if (raw.length > TEXT_LIMITS[field]) {
      problem('text-too-long', field, `isi kolom terlalu panjang (maks. ${TEXT_LIMITS[field]} karakter).`, `the cell is too long (at most ${TEXT_LIMITS[field]} characters).`);
      return '';
    }
    // Control and bidi characters out, whitespace collapsed: the text is shown in the UI and exports.
    return cleanTitle(raw, TEXT_LIMITS[field]) ?? '';
  };

  const name = text('name');
  if (name === '' && (cells.get('name') ?? '').length <= TEXT_LIMITS.name) {
    problem('empty-name', 'name', 'nama aplikasi kosong.', 'the app name is empty.');
  }

  const hosts: string[] = [];
  let url: string | undefined;
  const tokens = parseHostCell(cells.get('hosts') ?? '');
  for (const token of tokens) {
    if (!token.ok) {
      problem('bad-url', 'hosts', `${quote(token.token)} bukan alamat web yang sah.`, `${quote(token.token)} is not a valid web address.`);
      continue;
    }
    if (!ctx.watchedDomains.some((domain) => isUnderDomain(token.host, domain))) {
      const domains = ctx.watchedDomains.join(', ');
      problem('host-outside-domains', 'hosts', `host ${quote(token.host)} tidak berada di domain yang dipantau (${domains}).`, `host ${quote(token.host)} is not under a watched domain (${domains}).`);
      continue;
    }
    if (!hosts.includes(token.host)) hosts.push(token.host);
    url ??= token.url ?? undefined;
  }
  if (tokens.length === 0) problem('no-host', 'hosts', 'tidak ada host atau URL.', 'no host or URL is given.');

  const status = parseStatus(cells.get('status') ?? '');
  if (status === null) {
    problem('unknown-status', 'status', `status ${quote(cells.get('status') ?? '')} tidak dikenal (pakai aktif, tidak aktif, pengembangan atau kosong).`, `unknown status ${quote(cells.get('status') ?? '')} (use aktif/active, tidak aktif/inactive, pengembangan/development or leave it empty).`);
  }

  const { platforms, unknown } = parsePlatforms(cells.get('platforms') ?? '');
  for (const part of unknown) {
    problem('unknown-platform', 'platforms', `basis ${quote(part)} tidak dikenal (pakai web, android atau ios).`, `unknown platform ${quote(part)} (use web, android or ios).`);
  }

  const categoryCell = cells.get('category') ?? '';
  const category = categoryCell === '' ? null : parseCategory(categoryCell);
  if (categoryCell !== '' && category === null) {
    problem('unknown-category', 'category', `kategori ${quote(categoryCell)} tidak dikenal (layanan publik, profil, internal).`, `unknown category ${quote(categoryCell)} (public-service, unit-profile, internal).`);
  }

  const opdCell = text('opd');
  const unit = findOpdIn(ctx.opdUnits, opdCell);
  if (opdCell !== '' && unit === null) {
    ctx.warnings.push(notice('opd-not-in-list', at('opd'), { id: `OPD ${quote(opdCell)} tidak ada di daftar OPD; disimpan apa adanya.`, en: `unit ${quote(opdCell)} is not in the OPD list; kept as written.` }));
  }
  const opd = unit?.name ?? opdCell;

  const kindCell = cells.get('unitKind') ?? '';
  let unitKind: UnitKind | null = kindCell === '' ? null : parseUnitKind(kindCell);
  if (kindCell !== '' && unitKind === null) {
    problem('unknown-unit-kind', 'unitKind', `jenis unit ${quote(kindCell)} tidak dikenal.`, `unknown unit kind ${quote(kindCell)}.`);
  }
  unitKind ??= hosts.some((host) => host.includes('.kel.')) ? 'kelurahan' : opd === '' ? 'tidak-diketahui' : unitKindIn(ctx.opdUnits, opd);

  const source = (cells.get('source') ?? '').split(/[;\n]+/).map((s) => s.trim()).filter((s) => s !== '');
  for (const item of source) {
    if (!sourceSchema.safeParse(item).success) {
      problem('bad-source', 'source', `sumber ${quote(item)} harus berupa alamat https:// atau github:PEMILIK/REPO/PATH@COMMIT.`, `source ${quote(item)} must be an https:// address or github:OWNER/REPO/PATH@COMMIT.`);
    }
  }

  const idCell = text('id');
  const abbreviation = text('abbreviation');
  const description = text('description');
  const androidPackage = (cells.get('androidPackage') ?? '').trim();
  if (ctx.problems.length > before || status === null) return null;
  const blank: BlankField[] = [];
  if (opd === '') blank.push('opd');
  if (kindCell === '') blank.push('unitKind');
  if (category === null) blank.push('category');
  if (platforms.length === 0) blank.push('platforms');
  if ((cells.get('status') ?? '').trim() === '') blank.push('status');
  return {
    blank,
    row,
    wantedId: idCell === '' ? null : idCell,
    name,
    ...(abbreviation === '' ? {} : { abbreviation }),
    hosts,
    ...(url === undefined ? {} : { url }),
    opd,
    unitKind,
    category,
    platforms: platforms.length > 0 ? platforms : ['web'],
    status,
    ...(description === '' ? {} : { description }),
    ...(androidPackage === '' ? {} : { androidPackage }),
    source: [...new Set(source)],
  };
}
