import data from './opd-list.json';
import { checkOpdList, type OpdUnit } from './opd-list-schema';
import { findOpdIn, unitKindIn } from './opd-lookup';
import type { UnitKind } from './schema';

/**
 * The city's units (perangkat daerah) with evidence, bundled from ../shared/data/opd.csv by
 * `npm run build:opd-list`, for the pages: the OPD picker, proposals, the registry import preview.
 * Checked on first use, not when the module loads: a broken list fails loudly then. The worker
 * never imports this file (its JSON would ride in every worker start): it reads the same file from
 * its package when a registry import needs it (utils/background/packaged-data.ts).
 */
let checked: readonly OpdUnit[] | null = null;
export function opdList(): readonly OpdUnit[] {
  checked ??= checkOpdList(data);
  return checked;
}

/** The listed unit a text names, or null (opd-lookup.ts findOpdIn); by default in the bundled list. */
export function findOpd(text: string, units: readonly OpdUnit[] = opdList()): OpdUnit | null {
  return findOpdIn(units, text);
}

/** The unit kind of a unit named in free text (opd-lookup.ts unitKindIn), by the bundled list. */
export function unitKindOf(opd: string): UnitKind {
  return unitKindIn(opdList(), opd);
}
