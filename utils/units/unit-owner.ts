import type { PlanUnit } from './unit-plan-schema';

/**
 * Which plan unit an owner text names: hosts.csv's `owner_opd` (when the plan is built) and a
 * registry entry's `opd` (when a host seen later is attached to its unit). Pure.
 */

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const parts = (text: string, separator: string) => text.split(separator).map((s) => s.trim()).filter((s) => s !== '');

/** Every way a unit may be written: its name, the name less "Kota Makassar", each abbreviation. */
export function ownerIndex(units: readonly PlanUnit[]): Map<string, PlanUnit> {
  const index = new Map<string, PlanUnit>();
  for (const unit of units) {
    const keys = [unit.name, unit.name.replace(/ Kota Makassar$/, ''), ...parts(unit.abbreviation ?? '', '/')];
    // The first unit keeps a key ("Makassar" is a kecamatan and a kelurahan name, never the city).
    for (const key of keys.map(fold)) if (!index.has(key)) index.set(key, unit);
  }
  return index;
}

/**
 * The unit an owner text names, or null: "(inferred)" / "(?)" and a trailing " Setda" are dropped;
 * of "A / B" the one part that is a unit; "Kelurahan X (Kec. Y)" is the kelurahan X; the city
 * itself ("Pemkot Makassar …", the portal's owner) is no unit.
 */
export function ownerUnit(raw: string, index: ReadonlyMap<string, PlanUnit>): PlanUnit | null {
  if (/^\s*Pemkot Makassar\b/i.test(raw)) return null;
  const name = raw.replace(/\s*\((inferred|\?)\)\s*$/, '').replace(/\s*\(Kec\. [^)]*\)\s*$/, '').trim();
  if (name === '') return null;
  const find = (text: string) => index.get(fold(text)) ?? index.get(fold(text.replace(/ Setda$/, ''))) ?? null;
  const whole = find(name);
  if (whole !== null) return whole;
  const found = [...new Set(name.split(' / ').map(find).filter((u): u is PlanUnit => u !== null))];
  return found.length === 1 ? (found[0] ?? null) : null;
}
