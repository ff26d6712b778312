/**
 * Builds the bundled app registry (utils/registry/bundled-registry.json) from the research data in
 * ../shared/data (hosts.csv, apps.csv, opd.csv; see that folder's README), or checks the committed file.
 *
 *   tsx scripts/build-registry.ts [--data DIR] [--file PATH] [--date YYYY-MM-DD]
 *   tsx scripts/build-registry.ts --check-only [--file PATH]   (runs in `npm run build`; reads no data)
 *
 * Rules, each chosen so that nothing is invented and a rebuild gives identical bytes:
 * - Only hosts rated verified, verified-listed or likely become registry hosts (the README's 51).
 * - An app in apps.csv with at least one such host becomes an entry holding those hosts; its sources
 *   are the app's evidence plus the hosts' evidence, deduplicated. Apps with none are left out and
 *   counted. The portal hosts (each domain and its `www.`) are never claimed by an app: an app that
 *   lists only the portal is a programme on the portal (Makassar Recover), not a site of its own.
 * - Unclaimed hosts: the portal and its `www.` alias form one entry; a unit's "OPD website" hosts
 *   (and a kecamatan's "kecamatan website") form one entry per unit, even across both domains,
 *   named "Website <unit name from opd.csv>"; any other host is its own entry, named by its
 *   hostname because the data gives it no name.
 * - names: an app's name is its apps.csv name, unless INDONESIAN_NAMES (scripts/lib/registry-names.ts)
 *   gives the Indonesian one, built only from the row's words, the data's unit names, a cited
 *   source or plain Indonesian for the researchers' English; the research name is then kept in the
 *   description ("Nama dalam data riset: …"), where registry search finds it. Ids never change.
 * - category: mail hosts (kind mentions mail, or mail./surat./aduan.) and entries whose hosts are
 *   all APIs are `internal` (not pages people visit); so are staff systems, recognised by words in
 *   the app description or host kind (staff, ASN, HR, audit, attendance, ...) unless the text also
 *   says "public" (SIGAP BRIDA is "internal and public"). The city portal and OPD websites are
 *   `unit-profile`; everything else, including apps of unknown purpose and "Portal Kerjasama",
 *   is `public-service`.
 * - status: `tidak-diketahui` unless apps.csv `status_evidence` is clear. "most active" (the
 *   infoasatu ranking) or a launch in 2025 or later with integration means `aktif`; an explicit
 *   "discontinued"/"inactive" means `tidak-aktif`. A monitoring log line (WebDetec's example log) is
 *   never enough on its own, either way: it stays in the description. Nothing is `pengembangan`.
 * - opd/unitKind: owner_opd matched to opd.csv by name, abbreviation or without a trailing "Setda";
 *   "(inferred)" is dropped from the name and said in the description. "Pemkot Makassar…" is
 *   `pemkot`, "Kelurahan …" and `*.kel.` hosts are `kelurahan`; "A / B" takes the one part that is a
 *   unit; no owner at all gives opd "" and `tidak-diketahui`.
 * - ids: app entries slug the name's first part ("Lontara+ (…)" → lontara-plus) unless
 *   APP_OVERRIDES says otherwise; other entries slug their first host's labels below the domain.
 *   The ids are then stable: exports and merges refer to them.
 * - description: the app's description, its status evidence, then each host's note (less any remark
 *   about leaked secrets in a source: that is for researchers, not for staff reading the popup).
 * - No `url`: hosts were not probed, so neither scheme nor path is known.
 * - generatedAt/version: the newest ISO date written anywhere in the data (or --date), never the clock.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseRegistry } from '../utils/registry/parse-registry';

import { type Registry } from '../utils/registry/schema';

import { buildRegistry } from './lib/registry-build';
import type { DataFiles } from './lib/registry-rows';

export { ALLOWED_CONFIDENCES, buildRegistry } from './lib/registry-build';
export { classifyStatus, newestIsoDate, type AppRow, type BuildReport, type BuildResult, type DataFiles, type HostRow, type OpdRow } from './lib/registry-rows';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the research data lives, relative to the repository root. */
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/data');
export const DEFAULT_REGISTRY_FILE = resolve(REPO_ROOT, 'utils/registry/bundled-registry.json');

/** The registry file's exact bytes: 2-space indent and a trailing newline. */
export function serialiseRegistry(registry: Registry): string {
  return `${JSON.stringify(registry, null, 2)}\n`;
}

/** Reads hosts.csv, apps.csv and opd.csv from a data folder. */
export function readDataDir(dir: string): DataFiles {
  const read = (name: string) => readFileSync(resolve(dir, name), 'utf8');
  return { hosts: read('hosts.csv'), apps: read('apps.csv'), opd: read('opd.csv') };
}

const USAGE = 'Usage: tsx scripts/build-registry.ts [--check-only] [--data DIR] [--file PATH] [--date YYYY-MM-DD]';
const list = (errors: readonly string[]): string => errors.map((e) => `  - ${e}`).join('\n');

function main(argv: readonly string[]): number {
  const flags = new Map<string, string>();
  let checkOnly = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--check-only') checkOnly = true;
    else if (['--data', '--file', '--date'].includes(arg) && argv[i + 1] !== undefined) flags.set(arg, argv[(i += 1)] ?? '');
    else {
      console.error(`Unknown or incomplete argument "${arg}".\n${USAGE}`);
      return 2;
    }
  }
  const file = resolve(flags.get('--file') ?? DEFAULT_REGISTRY_FILE);

  if (checkOnly) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`Registry ${file} could not be read as JSON: ${reason}`);
      return 1;
    }
    const result = parseRegistry(json);
    if (!result.ok) {
      console.error(`Registry ${file} is invalid (${result.errors.length} problem(s)):\n${list(result.errors)}`);
      return 1;
    }
    console.log(`Registry ${file} is valid: ${result.registry.entries.length} entries, version ${result.registry.version}.`);
    return 0;
  }

  const data = readDataDir(resolve(flags.get('--data') ?? DEFAULT_DATA_DIR));
  const result = buildRegistry(data, { date: flags.get('--date') });
  if (!result.ok) {
    console.error(`Registry not written (${result.errors.length} problem(s)):\n${list(result.errors)}`);
    return 1;
  }
  writeFileSync(file, serialiseRegistry(result.registry));
  const { registry, report } = result;
  const tally = (key: 'status' | 'category') => {
    const counts = new Map<string, number>();
    for (const entry of registry.entries) counts.set(entry[key], (counts.get(entry[key]) ?? 0) + 1);
    return [...counts].sort().map(([k, n]) => `${k} ${n}`).join(', ');
  };
  console.log(
    [
      `Wrote ${file}: version ${registry.version}, ${registry.entries.length} entries, ${registry.entries.flatMap((e) => e.hosts).length} hosts.`,
      `  status: ${tally('status')}`,
      `  category: ${tally('category')}`,
      `  ${report.excludedHosts} inferred/uncertain hosts left out.`,
      `  ${report.omittedApps.length} apps left out with no allowed host: ${report.omittedApps.join('; ')}`,
      `  ${report.portalOnlyApps.length} apps left out that only list the city portal: ${report.portalOnlyApps.join('; ')}`,
      ...report.warnings.map((w) => `  warning: ${w}`),
    ].join('\n'),
  );
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
