import { foldWww, isUnderDomain } from '../domains/host-match';
import { claimUniqueId, idFromHost, idFromName } from '../registry/registry-id';
import { registryEntrySchema, type Registry, type RegistryEntry } from '../registry/schema';
import type { OpdUnit } from '../registry/opd-list-schema';
import type { CsvTable } from './csv-table';
import { readRow, type RowContext, type RowEntry } from './csv-row';
import { mapHeaders, type CsvField } from './header-map';
import { notice, quote, type ImportWarning, type Problem } from './problems';

/** Far above any city's inventory; a bigger file is not a registry. */
export const MAX_CSV_ROWS = 5000;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CsvEntriesInput {
  table: CsvTable;
  watchedDomains: readonly string[];
  /** Cited by rows that cite nothing themselves. */
  fallbackSource: string;
  /** The registry in force: a row serving one of its hosts keeps that entry's id, so exports still match. */
  current?: Registry;
  /** The city's OPD list (opd-list.ts in pages, the packaged file in the worker). */
  opdUnits: readonly OpdUnit[];
}

export type CsvEntriesResult =
  | { ok: true; entries: RegistryEntry[]; warnings: ImportWarning[]; blankFields: Record<string, string[]> }
  | { ok: false; problems: Problem[] };

/** Reads a CSV table into registry entries, listing every problem of every row. */
export function csvToEntries(input: CsvEntriesInput): CsvEntriesResult {
  const { table } = input;
  const problems: Problem[] = table.errors.map((error) =>
    notice('csv-syntax', { row: error.row, field: null }, { id: `CSV rusak (${error.message}).`, en: `broken CSV (${error.message}).` }),
  );
  const warnings: ImportWarning[] = [];
  const headers = mapHeaders(table.headers);
  for (const { field, headers: names } of headers.duplicates) {
    const list = names.map(quote).join(', ');
    problems.push(notice('duplicate-column', { row: 1, field }, { id: `kolom ${list} berisi hal yang sama; sisakan satu.`, en: `columns ${list} hold the same field; keep one.` }));
  }
  for (const field of ['name', 'hosts'] as const) {
    if (!headers.headerOf.has(field)) {
      const what = field === 'name' ? { id: 'nama_aplikasi', en: 'name' } : { id: 'url', en: 'url/host' };
      problems.push(notice('missing-column', { row: 1, field }, { id: `tidak ada kolom ${what.id}.`, en: `there is no ${what.en} column.` }));
    }
  }
  for (const { header, index } of headers.ignored) {
    warnings.push(notice('column-ignored', { row: 1, field: null, column: header }, { id: `kolom ${quote(header)} (ke-${index + 1}) tidak dikenal dan diabaikan.`, en: `column ${quote(header)} (no. ${index + 1}) is not known and is ignored.` }));
  }
  if (table.rows.length > MAX_CSV_ROWS) {
    problems.push(notice('too-many-rows', { row: null, field: null }, { id: `berkas berisi ${table.rows.length} baris; paling banyak ${MAX_CSV_ROWS}.`, en: `the file has ${table.rows.length} rows; at most ${MAX_CSV_ROWS} are allowed.` }));
  }
  if (problems.length > 0) return { ok: false, problems };

  const ctx: RowContext = { watchedDomains: input.watchedDomains, headerOf: headers.headerOf, problems, warnings, opdUnits: input.opdUnits };
  const rows = table.rows.flatMap((row) => {
    const entry = readRow(row.row, cellsByField(row.cells, headers.columns), ctx);
    return entry === null ? [] : [entry];
  });
  checkDuplicateHosts(rows, problems);
  const ids = assignIds(rows, input, problems);
  if (problems.length > 0) return { ok: false, problems };

  const sourceless = rows.filter((row) => row.source.length === 0).map((row) => row.row);
  if (sourceless.length > 0) {
    warnings.push(notice('source-added', { row: null, field: 'source' }, { id: `${sourceless.length} baris tanpa sumber diberi sumber ${quote(input.fallbackSource)}.`, en: `${sourceless.length} rows without a source cite ${quote(input.fallbackSource)}.` }));
  }
  const uncategorised = rows.filter((row) => row.category === null).length;
  if (uncategorised > 0) {
    warnings.push(notice('category-defaulted', { row: null, field: 'category' }, { id: `${uncategorised} baris tanpa kategori dicatat sebagai layanan publik.`, en: `${uncategorised} rows without a category are recorded as public services.` }));
  }
  const entries = rows.map((row, index) => toEntry(row, ids[index] ?? '', input.fallbackSource));
  // Backstop: the registry schema has the final word on every field (e.g. an Android package name).
  entries.forEach((entry, index) => {
    const checked = registryEntrySchema.safeParse(entry);
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? '');
      problems.push(notice('invalid-registry', { row: rows[index]?.row ?? null, field }, { id: `kolom ${field}: ${issue.message}.`, en: `field ${field}: ${issue.message}.` }));
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  const blankFields = Object.fromEntries(rows.map((row, index) => [ids[index] ?? '', row.blank]));
  return { ok: true, entries: entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), warnings, blankFields };
}

function cellsByField(cells: readonly string[], columns: ReadonlyMap<number, CsvField>): Map<CsvField, string> {
  const byField = new Map<CsvField, string>();
  for (const [index, field] of columns) {
    const cell = cells[index] ?? '';
    const previous = byField.get(field);
    // Only `hosts` can have several columns (url and host); their hosts are read together.
    byField.set(field, previous === undefined || previous === '' ? cell : cell === '' ? previous : `${previous} ${cell}`);
  }
  return byField;
}

function checkDuplicateHosts(rows: readonly RowEntry[], problems: Problem[]): void {
  const owner = new Map<string, number>();
  for (const row of rows) {
    for (const host of row.hosts) {
      const first = owner.get(foldWww(host));
      if (first === undefined) owner.set(foldWww(host), row.row);
      else problems.push(notice('duplicate-host', { row: row.row, field: 'hosts' }, { id: `host ${quote(host)} sudah ada di baris ${first}.`, en: `host ${quote(host)} is already in row ${first}.` }));
    }
  }
}

/**
 * Ids in three passes so the result does not depend on row order more than it must: ids written in
 * the file first, then ids kept from the current registry (matched by host), then slugs of names.
 */
function assignIds(rows: readonly RowEntry[], input: CsvEntriesInput, problems: Problem[]): string[] {
  const taken = new Set<string>();
  const ids: Array<string | null> = rows.map(() => null);
  rows.forEach((row, index) => {
    if (row.wantedId === null) return;
    if (!ID_PATTERN.test(row.wantedId)) {
      problems.push(notice('bad-id', { row: row.row, field: 'id' }, { id: `id ${quote(row.wantedId)} harus huruf kecil, angka dan tanda hubung (mis. "lontara-plus").`, en: `id ${quote(row.wantedId)} must be lower-case letters, digits and hyphens (e.g. "lontara-plus").` }));
    } else if (taken.has(row.wantedId)) {
      problems.push(notice('duplicate-id', { row: row.row, field: 'id' }, { id: `id ${quote(row.wantedId)} dipakai dua kali.`, en: `id ${quote(row.wantedId)} is used twice.` }));
    } else {
      taken.add(row.wantedId);
      ids[index] = row.wantedId;
    }
  });
  const currentIdByHost = new Map((input.current?.entries ?? []).flatMap((entry) => entry.hosts.map((host) => [foldWww(host), entry.id] as const)));
  rows.forEach((row, index) => {
    if (ids[index] !== null || row.wantedId !== null) return;
    const kept = row.hosts.map((host) => currentIdByHost.get(foldWww(host))).find((id) => id !== undefined && !taken.has(id));
    if (kept !== undefined) ids[index] = claimUniqueId(kept, taken);
  });
  return rows.map((row, index) => {
    const assigned = ids[index];
    if (assigned !== null && assigned !== undefined) return assigned;
    const first = row.hosts[0] ?? '';
    const domain = input.watchedDomains.find((d) => isUnderDomain(first, d)) ?? first;
    const wanted = idFromName(row.name) || idFromHost(first, domain) || 'aplikasi';
    return claimUniqueId(wanted, taken);
  });
}

function toEntry(row: RowEntry, id: string, fallbackSource: string): RegistryEntry {
  // Key order here is the key order in a written registry file, as in the bundled one.
  return {
    id,
    name: row.name,
    ...(row.abbreviation === undefined ? {} : { abbreviation: row.abbreviation }),
    hosts: row.hosts,
    opd: row.opd,
    unitKind: row.unitKind,
    category: row.category ?? 'public-service',
    platforms: row.platforms,
    status: row.status,
    ...(row.description === undefined ? {} : { description: row.description }),
    ...(row.androidPackage === undefined ? {} : { androidPackage: row.androidPackage }),
    ...(row.url === undefined ? {} : { url: row.url }),
    source: row.source.length > 0 ? row.source : [fallbackSource],
  };
}
