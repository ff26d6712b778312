/**
 * Builds the expected-unit plan (utils/units/unit-plan.json) from ../shared/data (opd.csv,
 * wilayah.csv, hosts.csv; see that folder's README), or checks the committed file.
 *
 *   tsx scripts/build-unit-plan.ts [--data DIR] [--file PATH]
 *   tsx scripts/build-unit-plan.ts --check-only [--file PATH]   (runs in `npm run build`; reads no data)
 *
 * Rules, so that nothing is invented and a rebuild gives identical bytes:
 * - Units: every opd.csv row (its kind; kecamatan joined to wilayah.csv by name and keyed by their
 *   Kemendagri code), then every wilayah.csv kelurahan, keyed by code and linked to its kecamatan by
 *   the code's prefix. Other ids are the slug of the name.
 * - Hosts: only hosts.csv rows rated verified, verified-listed or likely (the registry's hosts), less
 *   mail hosts, attached to the unit their `owner_opd` names (name, abbreviation, "… Setda",
 *   "(inferred)", the one unit part of "A / B", "Kelurahan X (Kec. Y)"). No hostname is ever made
 *   from a pattern: a unit with no such row has no host. opd.csv's own host lists are checked
 *   against this and disagreements printed.
 * - Sources: the unit's opd.csv evidence (wilayah.sql for kelurahan) plus its hosts' evidence; a unit
 *   with none says so in `note`.
 * - version: the newest ISO date written in the data, as for the registry; never the clock.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseUnitPlan, type UnitPlan } from '../utils/units/unit-plan-schema';
import { newestIsoDate } from './build-registry';
import { buildUnitPlan, type PlanDataFiles } from './units/plan-from-data';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_PLAN_DATA_DIR = resolve(REPO_ROOT, '../shared/data');
export const DEFAULT_PLAN_FILE = resolve(REPO_ROOT, 'utils/units/unit-plan.json');

/** The plan file's exact bytes: 2-space indent and a trailing newline. */
export function serialiseUnitPlan(plan: UnitPlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export function readPlanData(dir: string): PlanDataFiles {
  const read = (name: string) => readFileSync(resolve(dir, name), 'utf8');
  return { hosts: read('hosts.csv'), opd: read('opd.csv'), wilayah: read('wilayah.csv') };
}

/** The plan's version: the newest date in the data, as `YYYY.MM.DD`. */
export function planVersion(files: PlanDataFiles): string | null {
  return newestIsoDate(Object.values(files))?.replaceAll('-', '.') ?? null;
}

const lines = (items: readonly string[]) => items.map((e) => `  - ${e}`).join('\n');

function main(argv: readonly string[]): number {
  const flag = (name: string) => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const unknown = argv.filter((arg, i) => !['--check-only', '--data', '--file'].includes(arg) && !['--data', '--file'].includes(argv[i - 1] ?? ''));
  if (unknown.length > 0) {
    console.error(`Unknown argument(s) ${unknown.join(' ')}.\nUsage: tsx scripts/build-unit-plan.ts [--check-only] [--data DIR] [--file PATH]`);
    return 2;
  }
  const file = resolve(flag('--file') ?? DEFAULT_PLAN_FILE);
  if (argv.includes('--check-only')) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(`Unit plan ${file} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    const result = parseUnitPlan(json);
    if (!result.ok) {
      console.error(`Unit plan ${file} is invalid (${result.errors.length} problem(s)):\n${lines(result.errors)}`);
      return 1;
    }
    console.log(`Unit plan ${file} is valid: ${result.plan.units.length} units, version ${result.plan.version}.`);
    return 0;
  }
  const data = readPlanData(resolve(flag('--data') ?? DEFAULT_PLAN_DATA_DIR));
  const version = planVersion(data);
  if (version === null) {
    console.error('Unit plan not written: the data holds no date to version it by.');
    return 1;
  }
  const result = buildUnitPlan(data, version);
  if (!result.ok) {
    console.error(`Unit plan not written (${result.errors.length} problem(s)):\n${lines(result.errors)}`);
    return 1;
  }
  writeFileSync(file, serialiseUnitPlan(result.plan));
  const { plan, report } = result;
  const byKind = new Map<string, [number, number]>();
  for (const unit of plan.units) {
    const [n, withHost] = byKind.get(unit.kind) ?? [0, 0];
    byKind.set(unit.kind, [n + 1, withHost + (unit.hosts.length > 0 ? 1 : 0)]);
  }
  console.log(
    [
      `Wrote ${file}: version ${plan.version}, ${plan.units.length} units, ${plan.units.flatMap((u) => u.hosts).length} hosts.`,
      `  with a known host, per kind: ${[...byKind].map(([kind, [n, h]]) => `${kind} ${h}/${n}`).join(', ')}`,
      `  known hosts of no unit: ${report.unattached.join(', ')}`,
      `  mail hosts left out: ${report.mail.join(', ')}`,
      ...report.warnings.map((w) => `  warning: ${w}`),
    ].join('\n'),
  );
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
