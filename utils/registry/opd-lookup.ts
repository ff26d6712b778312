import type { OpdUnit } from './opd-list-schema';
import type { UnitKind } from './schema';

/**
 * Finding a unit of the city's OPD list by how a text names it. The list is a parameter: pages use
 * the bundled one (opd-list.ts), the worker reads the same file from its package on first use
 * (utils/background/packaged-data.ts) instead of carrying it in every start.
 */

/** `"  Dinas  Komunikasi dan Informatika "` → `dinas komunikasi dan informatika`. */
function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Every way a unit may be written: its name, the name without "Kota Makassar", each abbreviation. */
function keysOf(unit: OpdUnit): string[] {
  const name = fold(unit.name);
  const abbreviations = (unit.abbreviation ?? '').split('/').map(fold).filter((a) => a !== '');
  return [name, name.replace(/ kota makassar$/, ''), ...abbreviations];
}

function buildIndex(units: readonly OpdUnit[]): ReadonlyMap<string, OpdUnit> {
  const index = new Map<string, OpdUnit>();
  for (const unit of units) {
    // The first unit keeps a key: "Kecamatan Makassar" and the city are not the same thing.
    for (const key of keysOf(unit)) if (!index.has(key)) index.set(key, unit);
  }
  return index;
}

const indexes = new WeakMap<readonly OpdUnit[], ReadonlyMap<string, OpdUnit>>();

function indexOf(units: readonly OpdUnit[]): ReadonlyMap<string, OpdUnit> {
  let index = indexes.get(units);
  if (index === undefined) {
    index = buildIndex(units);
    indexes.set(units, index);
  }
  return index;
}

/**
 * The listed unit a text names (full name, name without "Kota Makassar", or abbreviation such as
 * "Diskominfo"; case and spacing ignored; a trailing " Setda" is dropped as the registry build does),
 * or null.
 */
export function findOpdIn(units: readonly OpdUnit[], text: string): OpdUnit | null {
  const lookup = indexOf(units);
  const key = fold(text);
  if (key === '') return null;
  return lookup.get(key) ?? lookup.get(key.replace(/ setda$/, '')) ?? null;
}

/** Name prefixes that tell a unit's kind even when it is not listed (e.g. a new dinas). */
const KIND_BY_PREFIX: ReadonlyArray<[RegExp, UnitKind]> = [
  [/^dinas\b/, 'dinas'],
  [/^badan\b/, 'badan'],
  [/^bagian\b/, 'bagian'],
  [/^sekretariat\b/, 'sekretariat'],
  [/^inspektorat\b/, 'inspektorat'],
  [/^kecamatan\b/, 'kecamatan'],
  [/^kelurahan\b/, 'kelurahan'],
  [/^(rsud|rumah sakit)\b/, 'rsud'],
  [/^satuan polisi|^satpol\b/, 'satpol'],
  [/^pemkot\b|^pemerintah kota\b/, 'pemkot'],
];

/** The unit kind of a unit named in free text: the listed unit's kind, else by its name, else `tidak-diketahui`. */
export function unitKindIn(units: readonly OpdUnit[], opd: string): UnitKind {
  const unit = findOpdIn(units, opd);
  if (unit !== null) return unit.kind;
  const key = fold(opd);
  return KIND_BY_PREFIX.find(([pattern]) => pattern.test(key))?.[1] ?? 'tidak-diketahui';
}
