/**
 * Builds the bundled list of city units (utils/registry/opd-list.json) from ../shared/data/opd.csv,
 * for the OPD picker of "Laporkan aplikasi" and for reading the unit kind of imported rows.
 *
 *   tsx scripts/build-opd-list.ts [--data DIR] [--file PATH]
 *   tsx scripts/build-opd-list.ts --check-only [--file PATH]
 *
 * Only units with evidence are listed (the data README: Disnaker, Disperin, RSUD Daya and TP-PKK
 * have none that could be checked again); anyone can still type a unit that is not listed. Rows keep
 * the CSV's order (the portal's OPD menu). Pure and deterministic: a rebuild gives identical bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { OPD_LIST_FORMAT, opdListSchema, type OpdList } from '../utils/registry/opd-list-schema';
import { UNIT_KINDS, type UnitKind } from '../utils/registry/schema';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OPD_CSV = resolve(REPO_ROOT, '../shared/data/opd.csv');
export const DEFAULT_OPD_LIST_FILE = resolve(REPO_ROOT, 'utils/registry/opd-list.json');

export type OpdListBuild = { ok: true; list: OpdList; omitted: string[] } | { ok: false; errors: string[] };

/** Builds the list from opd.csv's text. */
export function buildOpdList(csv: string): OpdListBuild {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const errors = parsed.errors.map((e) => `opd.csv row ${(e.row ?? 0) + 2}: ${e.message}`);
  const missing = ['kind', 'name', 'abbreviation', 'evidence'].filter((c) => !(parsed.meta.fields ?? []).includes(c));
  if (missing.length > 0) errors.push(`opd.csv: missing column(s) ${missing.join(', ')}.`);
  if (errors.length > 0) return { ok: false, errors };
  const omitted: string[] = [];
  const units: OpdList['units'] = [];
  for (const [index, row] of parsed.data.entries()) {
    const name = (row.name ?? '').trim();
    const kind = (row.kind ?? '').trim();
    const abbreviation = (row.abbreviation ?? '').trim();
    const source = (row.evidence ?? '').split(';').map((s) => s.trim()).filter((s) => s !== '');
    if (!(UNIT_KINDS as readonly string[]).includes(kind)) {
      errors.push(`opd.csv row ${index + 2} (${name}): unknown kind "${kind}".`);
      continue;
    }
    if (source.length === 0) {
      omitted.push(name);
      continue;
    }
    units.push({ kind: kind as UnitKind, name, ...(abbreviation === '' ? {} : { abbreviation }), source: [...new Set(source)] });
  }
  if (errors.length > 0) return { ok: false, errors };
  const checked = opdListSchema.safeParse({ format: OPD_LIST_FORMAT, from: 'shared/data/opd.csv', units });
  if (!checked.success) return { ok: false, errors: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { ok: true, list: checked.data, omitted };
}

/** The file's exact bytes: 2-space indent and a trailing newline. */
export function serialiseOpdList(list: OpdList): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}

function main(argv: readonly string[]): number {
  const flag = (name: string) => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const file = resolve(flag('--file') ?? DEFAULT_OPD_LIST_FILE);
  if (argv.includes('--check-only')) {
    try {
      const list = opdListSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      console.log(`OPD list ${file} is valid: ${list.units.length} units.`);
      return 0;
    } catch (error) {
      console.error(`OPD list ${file} is invalid: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }
  const result = buildOpdList(readFileSync(resolve(flag('--data') ?? dirname(DEFAULT_OPD_CSV), 'opd.csv'), 'utf8'));
  if (!result.ok) {
    console.error(`OPD list not written:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
    return 1;
  }
  writeFileSync(file, serialiseOpdList(result.list));
  console.log(`Wrote ${file}: ${result.list.units.length} units; left out without evidence: ${result.omitted.join('; ')}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
