import data from './opd-list.json';
import { opdListSchema, type OpdUnit } from './opd-list-schema';
import type { UnitKind } from './schema';

/**
 * The city's units (perangkat daerah) with evidence, bundled from ../shared/data/opd.csv by
 * `npm run build:opd-list`. Feeds the OPD picker and tells the unit kind of a unit named in an
 * imported registry or a proposal. Checked on first use, not when the module loads (the worker
 * imports this for the CSV registry import, which most worker starts never need): a broken list
 * fails loudly then.
 */
let checked: readonly OpdUnit[] | null = null;
export function opdList(): readonly OpdUnit[] {
  checked ??= opdListSchema.parse(data).units;
  return checked;
}

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

let index: ReadonlyMap<string, OpdUnit> | null = null;

/**
 * The listed unit a text names (full name, name without "Kota Makassar", or abbreviation such as
 * "Diskominfo"; case and spacing ignored; a trailing " Setda" is dropped as the registry build does),
 * or null.
 */
export function findOpd(text: string, units: readonly OpdUnit[] = opdList()): OpdUnit | null {
  const lookup = units === opdList() ? (index ??= buildIndex(units)) : buildIndex(units);
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
export function unitKindOf(opd: string): UnitKind {
  const unit = findOpd(opd);
  if (unit !== null) return unit.kind;
  const key = fold(opd);
  return KIND_BY_PREFIX.find(([pattern]) => pattern.test(key))?.[1] ?? 'tidak-diketahui';
}
