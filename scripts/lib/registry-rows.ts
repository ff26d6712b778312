// The research data's rows and the rules that turn them into registry entries (scripts/build-registry.ts).
import Papa from 'papaparse';
import { foldWww } from '../../utils/domains/host-match';
import { type Category, type Platform, type Registry, type RegistryEntry, type RegistryStatus, type UnitKind } from '../../utils/registry/schema';

export const INTERNAL_WORDS =
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

export interface Owner {
  opd: string;
  unitKind: UnitKind;
  inferred: boolean;
  abbreviation?: string;
}

/** What every step of the build shares: the checked data and where problems go. */
export interface Context {
  domains: string[];
  allowed: Map<string, HostRow>;
  hostRows: HostRow[];
  units: OpdRow[];
  errors: string[];
  warnings: string[];
}

/** A domain itself or its `www.` alias: the city portal. */
export function isPortal(host: string, ctx: Context): boolean {
  return ctx.domains.includes(foldWww(host));
}

export interface EntryParts {
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

export function makeEntry(parts: EntryParts): RegistryEntry {
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
export function publicNote(note: string): string {
  return splitList(note, ';')
    .filter((part) => !/\b(secret|credential|password|connection string)/i.test(part))
    .join('; ');
}

export function resolveOwner(raw: string, ctx: Context): Owner {
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

export function categorise(rows: readonly HostRow[], text: string, ctx: Context): Category {
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

export function readCsv<T extends object>(
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

export const splitList = (text: string, separator: string): string[] =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
export const period = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

