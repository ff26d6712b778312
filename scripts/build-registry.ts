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
 *   form one entry per unit, even across both domains; any other host is its own entry, named by
 *   its hostname because the data gives it no name.
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
import Papa from 'papaparse';
import { isUnderDomain, normaliseHost } from '../utils/domains/host-match';
import { foldWww, parseRegistry } from '../utils/registry/parse-registry';
import { slugify as slug } from '../utils/registry/registry-id';
import {
  PLATFORMS,
  type Category,
  type Platform,
  type Registry,
  type RegistryEntry,
  type RegistryStatus,
  type UnitKind,
  UNIT_KINDS,
} from '../utils/registry/schema';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the research data lives, relative to the repository root. */
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/data');
export const DEFAULT_REGISTRY_FILE = resolve(REPO_ROOT, 'utils/registry/bundled-registry.json');

/** Confidence levels that make a host a registry host (data README). */
export const ALLOWED_CONFIDENCES: ReadonlySet<string> = new Set(['verified', 'verified-listed', 'likely']);
const KNOWN_CONFIDENCES = new Set([...ALLOWED_CONFIDENCES, 'inferred', 'uncertain']);

/**
 * Hand-picked where the default id would mislead or the name holds a usable abbreviation (checked
 * to be part of the name). Keyed by apps.csv `name`; a key matching no app is reported as a warning.
 */
const APP_OVERRIDES: Readonly<Record<string, { id?: string; abbreviation?: string }>> = {
  'Lontara+ (Layanan Online Terintegrasi Warga Makassar / Makassar Super App)': { abbreviation: 'Lontara+' },
  'Pakinta (Pakintaki)': { abbreviation: 'Pakinta' },
  'SIGAP BRIDA (Sistem Informasi Gerakan Administrasi & Pelayanan)': { abbreviation: 'SIGAP' },
  'SPMB Kota Makassar (formerly PPDB)': { abbreviation: 'SPMB' },
  'Online adminduk (Dukcapil web)': { id: 'dukcapil', abbreviation: 'Dukcapil' },
  'PTA audit app (apipta)': { abbreviation: 'apipta' },
  // The default "sso" would name a system whose host is not in the registry (only SIMPEG's is).
  'SSO / SIMPEG / PEG BKPSDMD': { id: 'bkpsdmd-simpeg', abbreviation: 'SIMPEG' },
  'SIPP Makassar': { abbreviation: 'SIPP' },
  'e-Sakti Makassar': { abbreviation: 'e-Sakti' },
};

const INTERNAL_WORDS =
  /\b(internal|staff|ASN|HR|audit|attendance|single sign-on|asset management|finance management|archive system)\b/i;

export interface HostRow {
  host: string;
  domain: string;
  confidence: string;
  kind: string;
  owner_opd: string;
  evidence: string;
  note: string;
}
export interface AppRow {
  name: string;
  description: string;
  owner_opd: string;
  hosts: string;
  platforms: string;
  status_evidence: string;
  evidence: string;
}
export interface OpdRow {
  kind: string;
  name: string;
  abbreviation: string;
  hosts: string;
  evidence: string;
}
/** The text of hosts.csv, apps.csv and opd.csv. */
export interface DataFiles {
  hosts: string;
  apps: string;
  opd: string;
}

/** What the build left out or doubted, for the script's output. */
export interface BuildReport {
  /** Apps with no registry host at all (nothing to match a visit against). */
  omittedApps: string[];
  /** Apps whose only registry host is the city portal, which belongs to the portal entry. */
  portalOnlyApps: string[];
  /** hosts.csv rows rated inferred or uncertain. */
  excludedHosts: number;
  warnings: string[];
}
export type BuildResult = { ok: true; registry: Registry; report: BuildReport } | { ok: false; errors: string[] };

interface Owner {
  opd: string;
  unitKind: UnitKind;
  inferred: boolean;
  abbreviation?: string;
}

/** What every step of the build shares: the checked data and where problems go. */
interface Context {
  domains: string[];
  allowed: Map<string, HostRow>;
  hostRows: HostRow[];
  units: OpdRow[];
  errors: string[];
  warnings: string[];
}

/** Builds the registry from the three CSV texts. Pure: no files, no clock. */
export function buildRegistry(files: DataFiles, options: { date?: string } = {}): BuildResult {
  const errors: string[] = [];
  const hostRows = readCsv<HostRow>(files.hosts, 'hosts.csv', HOST_COLUMNS, errors);
  const appRows = readCsv<AppRow>(files.apps, 'apps.csv', APP_COLUMNS, errors);
  const opdRows = readCsv<OpdRow>(files.opd, 'opd.csv', OPD_COLUMNS, errors);
  const date = options.date ?? newestIsoDate(Object.values(files));
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    errors.push(`No valid date for generatedAt (got ${JSON.stringify(date)}); pass --date YYYY-MM-DD.`);
  }
  if (errors.length > 0 || date === null) return { ok: false, errors };

  const ctx: Context = {
    domains: [...new Set(hostRows.map((row) => row.domain))],
    allowed: allowedHosts(hostRows, errors),
    hostRows,
    units: opdRows.filter((row) => (UNIT_KINDS as readonly string[]).includes(row.kind)),
    errors,
    warnings: [],
  };
  for (const row of opdRows) {
    if (!ctx.units.includes(row)) errors.push(`opd.csv: unit "${row.name}" has unknown kind "${row.kind}".`);
  }
  const report: BuildReport = {
    omittedApps: [],
    portalOnlyApps: [],
    excludedHosts: hostRows.length - ctx.allowed.size,
    warnings: [],
  };
  const claimedBy = new Map<string, string>();
  const entries = [...appEntries(appRows, ctx, claimedBy, report), ...hostEntries(ctx, claimedBy)];
  if (errors.length > 0) return { ok: false, errors };
  report.warnings = [...new Set(ctx.warnings)];

  const registry = {
    format: 'pantau.registry' as const,
    version: date.replaceAll('-', '.'),
    domains: ctx.domains,
    generatedAt: `${date}T00:00:00.000Z`,
    entries: entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
  const checked = parseRegistry(registry);
  return checked.ok ? { ok: true, registry: checked.registry, report } : { ok: false, errors: checked.errors };
}

const HOST_COLUMNS = ['host', 'domain', 'confidence', 'kind', 'owner_opd', 'evidence', 'note'] as const;
const APP_COLUMNS = ['name', 'description', 'owner_opd', 'hosts', 'platforms', 'status_evidence', 'evidence'] as const;
const OPD_COLUMNS = ['kind', 'name', 'abbreviation', 'hosts', 'evidence'] as const;

/** The hosts.csv rows that become registry hosts, keyed by host, after checking every row. */
function allowedHosts(rows: readonly HostRow[], errors: string[]): Map<string, HostRow> {
  const allowed = new Map<string, HostRow>();
  for (const [line, row] of rows.entries()) {
    const where = `hosts.csv row ${line + 2} (${row.host})`;
    if (normaliseHost(row.host) !== row.host) errors.push(`${where}: not a normalised hostname.`);
    if (!isUnderDomain(row.host, row.domain)) errors.push(`${where}: not under its domain "${row.domain}".`);
    if (!KNOWN_CONFIDENCES.has(row.confidence)) errors.push(`${where}: unknown confidence "${row.confidence}".`);
    if (!ALLOWED_CONFIDENCES.has(row.confidence)) continue;
    if (allowed.has(row.host)) errors.push(`${where}: host listed twice.`);
    if (splitList(row.evidence, ';').length === 0) errors.push(`${where}: rated ${row.confidence} but has no evidence.`);
    allowed.set(row.host, row);
  }
  return allowed;
}

/** A domain itself or its `www.` alias: the city portal. */
function isPortal(host: string, ctx: Context): boolean {
  return ctx.domains.includes(foldWww(host));
}

/** One entry per app that has registry hosts; records which app claimed each host. */
function appEntries(apps: readonly AppRow[], ctx: Context, claimedBy: Map<string, string>, report: BuildReport) {
  const entries: RegistryEntry[] = [];
  const usedOverrides = new Set<string>();
  for (const app of apps) {
    const listed = splitList(app.hosts, ' ');
    for (const host of listed) {
      if (!ctx.hostRows.some((row) => row.host === host)) {
        ctx.warnings.push(`apps.csv "${app.name}": host ${host} is not in hosts.csv; ignored.`);
      }
    }
    const rows = listed.flatMap((host) => {
      const row = ctx.allowed.get(host);
      return row !== undefined && !isPortal(host, ctx) ? [row] : [];
    });
    if (rows.length === 0) {
      (listed.some((host) => ctx.allowed.has(host)) ? report.portalOnlyApps : report.omittedApps).push(app.name);
      continue;
    }
    for (const { host } of rows) {
      const other = claimedBy.get(host);
      if (other !== undefined) ctx.errors.push(`apps.csv: host ${host} is claimed by both "${other}" and "${app.name}".`);
      claimedBy.set(host, app.name);
    }
    const override = APP_OVERRIDES[app.name];
    if (override !== undefined) usedOverrides.add(app.name);
    const abbreviation = override?.abbreviation;
    if (abbreviation !== undefined && !app.name.toLowerCase().includes(abbreviation.toLowerCase())) {
      ctx.errors.push(`APP_OVERRIDES: abbreviation "${abbreviation}" is not part of the name "${app.name}".`);
    }
    let unit = resolveOwner(app.owner_opd, ctx);
    if (unit.opd === '') unit = resolveOwner(rows.find((row) => row.owner_opd !== '')?.owner_opd ?? '', ctx);
    const platforms = splitList(app.platforms, ' ');
    for (const p of platforms) {
      if (!(PLATFORMS as readonly string[]).includes(p)) ctx.errors.push(`apps.csv "${app.name}": unknown platform "${p}".`);
    }
    entries.push(
      makeEntry({
        id: override?.id ?? slug(app.name.split(/ \(| \/ /)[0] ?? app.name),
        name: app.name,
        abbreviation,
        rows,
        unit,
        category: categorise(rows, `${app.description} ${rows.map((row) => row.kind).join(' ')}`, ctx),
        platforms: PLATFORMS.filter((p) => platforms.includes(p)),
        status: classifyStatus(app.status_evidence),
        lead: [app.description, app.status_evidence === '' ? '' : `Status evidence: ${app.status_evidence}`],
        sources: splitList(app.evidence, ';'),
      }),
    );
  }
  for (const name of Object.keys(APP_OVERRIDES)) {
    if (!usedOverrides.has(name)) ctx.warnings.push(`APP_OVERRIDES: no app named "${name}" became an entry.`);
  }
  return entries;
}

/** Entries for the hosts no app claimed: the portal, one per unit website, else one per host. */
function hostEntries(ctx: Context, claimedBy: ReadonlyMap<string, string>): RegistryEntry[] {
  const groups = new Map<string, HostRow[]>();
  for (const row of ctx.allowed.values()) {
    if (claimedBy.has(row.host)) continue;
    const unit = resolveOwner(row.owner_opd, ctx);
    const key = isPortal(row.host, ctx)
      ? `portal:${foldWww(row.host)}`
      : /^OPD website/i.test(row.kind) && unit.opd !== ''
        ? `unit:${unit.opd}`
        : `host:${foldWww(row.host)}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups].flatMap(([key, rows]) => {
    const first = rows[0];
    if (first === undefined) return [];
    const unit = resolveOwner(first.owner_opd, ctx);
    // The id is the host's labels below its domain (`sigap.brida` → sigap-brida); hosts on any but
    // the first domain get the domain's first label appended so the two domains cannot collide.
    const bare = foldWww(first.host);
    const domain = ctx.domains.find((d) => isUnderDomain(bare, d)) ?? '';
    const below = bare === domain ? 'portal' : bare.slice(0, -domain.length - 1);
    const suffix = domain === ctx.domains[0] ? '' : `-${domain.split('.')[0] ?? ''}`;
    const kinds = [...new Set(rows.map((row) => row.kind))];
    const kind = key.slice(0, key.indexOf(':'));
    return [
      makeEntry({
        id: slug(`${below}${suffix}`),
        name:
          kind === 'portal' ? `Portal ${unit.opd.split(' / ')[0] ?? unit.opd}` : kind === 'unit' ? `Website ${unit.opd}` : first.host,
        abbreviation: kind === 'unit' ? unit.abbreviation : undefined,
        rows,
        unit,
        category: categorise(rows, kinds.join(' '), ctx),
        platforms: ['web'],
        status: 'tidak-diketahui',
        lead: [kinds.map(capitalise).join('; ')],
        sources: [],
      }),
    ];
  });
}

interface EntryParts {
  id: string;
  name: string;
  abbreviation: string | undefined;
  rows: HostRow[];
  unit: Owner;
  category: Category;
  platforms: Platform[];
  status: RegistryStatus;
  /** Sentences that open the description, before the hosts' notes. */
  lead: string[];
  /** The app's own evidence; the hosts' evidence is added after it. */
  sources: string[];
}

function makeEntry(parts: EntryParts): RegistryEntry {
  const notes = parts.rows
    .map((row) => ({ host: row.host, note: publicNote(row.note) }))
    .filter(({ note }) => note !== '')
    .map(({ host, note }) => `${host}: ${note}`);
  const inferred = parts.unit.inferred && !notes.some((note) => /owner inferred/i.test(note)) ? ['Owner inferred'] : [];
  // Notes start with a hostname, which must keep its case, so only the lead is capitalised.
  const lead = [...parts.lead, ...inferred].filter((s) => s !== '').map(capitalise);
  const description = [...lead, ...notes].map(period).join(' ');
  const hosts = parts.rows.map((row) => row.host);
  // Key order here is the key order in the JSON file.
  return {
    id: parts.id,
    name: parts.name,
    ...(parts.abbreviation !== undefined && parts.abbreviation !== '' ? { abbreviation: parts.abbreviation } : {}),
    hosts,
    opd: parts.unit.opd,
    unitKind: hosts.some((host) => host.includes('.kel.')) ? 'kelurahan' : parts.unit.unitKind,
    category: parts.category,
    platforms: parts.platforms.length > 0 ? parts.platforms : ['web'],
    status: parts.status,
    ...(description === '' ? {} : { description }),
    source: [...new Set([...parts.sources, ...parts.rows.flatMap((row) => splitList(row.evidence, ';'))])],
  };
}

/** A host note without its remarks on leaked secrets in the sources: those are for researchers. */
function publicNote(note: string): string {
  return splitList(note, ';')
    .filter((part) => !/\b(secret|credential|password|connection string)/i.test(part))
    .join('; ');
}

function resolveOwner(raw: string, ctx: Context): Owner {
  const inferred = /\(inferred\)\s*$/.test(raw);
  const name = raw.replace(/\s*\(inferred\)\s*$/, '').trim();
  if (name === '') return { opd: '', unitKind: 'tidak-diketahui', inferred };
  if (/^Pemkot Makassar\b/.test(name)) return { opd: name, unitKind: 'pemkot', inferred };
  if (/^Kelurahan /.test(name)) return { opd: name, unitKind: 'kelurahan', inferred };
  const find = (text: string) =>
    ctx.units.find((u) => u.name === text || u.abbreviation === text || u.name === text.replace(/ Setda$/, ''));
  const parts = name.split(' / ').map(find).filter((u): u is OpdRow => u !== undefined);
  const unit = find(name) ?? (parts.length === 1 ? parts[0] : undefined);
  if (unit === undefined) {
    ctx.warnings.push(`owner "${raw}" matches no unit in opd.csv; kept as written.`);
    return { opd: name, unitKind: 'tidak-diketahui', inferred };
  }
  return { opd: unit.name, unitKind: unit.kind as UnitKind, inferred, abbreviation: unit.abbreviation };
}

function categorise(rows: readonly HostRow[], text: string, ctx: Context): Category {
  const isMail = (row: HostRow) => /mail/i.test(row.kind) || /^(mail|surat|aduan)\./.test(row.host);
  if (rows.every(isMail) || rows.every((row) => /^API\b/.test(row.kind))) return 'internal';
  if (INTERNAL_WORDS.test(text) && !/\bpublic\b/i.test(text)) return 'internal';
  // The city portal (not "Portal Kerjasama", a service) is the city's own profile site.
  if (rows.every((row) => /^OPD website/i.test(row.kind) || isPortal(row.host, ctx))) return 'unit-profile';
  return 'public-service';
}

/** See the status rule at the top of the file. */
export function classifyStatus(evidence: string): RegistryStatus {
  if (/\blog\b/i.test(evidence)) return 'tidak-diketahui';
  if (/\bmost active\b/i.test(evidence)) return 'aktif';
  const launched = /\blaunched\b[^;]*?\b(20\d\d)\b/i.exec(evidence);
  if (launched?.[1] !== undefined && Number(launched[1]) >= 2025 && /\bintegrat/i.test(evidence)) return 'aktif';
  if (/\b(discontinued|shut down|inactive|no longer (active|available))\b/i.test(evidence)) return 'tidak-aktif';
  return 'tidak-diketahui';
}

function readCsv<T extends object>(
  text: string,
  file: string,
  columns: readonly (keyof T & string)[],
  errors: string[],
): T[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  for (const e of parsed.errors) errors.push(`${file} row ${(e.row ?? 0) + 2}: ${e.message}`);
  const missing = columns.filter((c) => !(parsed.meta.fields ?? []).includes(c));
  if (missing.length > 0) errors.push(`${file}: missing column(s) ${missing.join(', ')}.`);
  return parsed.data.map((row) => Object.fromEntries(columns.map((c) => [c, (row[c] ?? '').trim()])) as T);
}

/** The newest YYYY-MM-DD written in the data: the data is as of that day, whenever it is rebuilt. */
export function newestIsoDate(texts: readonly string[]): string | null {
  const dates = texts.flatMap((text) => [...text.matchAll(/\b(20\d\d-[01]\d-[0-3]\d)\b/g)].map((m) => m[1] ?? ''));
  return dates.filter((d) => !Number.isNaN(Date.parse(d))).sort().at(-1) ?? null;
}

const splitList = (text: string, separator: string): string[] =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const period = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

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
