// Builds the bundled registry from the research data's CSV files: pure, no files, no clock (rules: scripts/build-registry.ts).
import { foldWww, isUnderDomain, normaliseHost } from '../../utils/domains/host-match';
import { parseRegistry } from '../../utils/registry/parse-registry';
import { slugify as slug } from '../../utils/registry/registry-id';
import { PLATFORMS, type RegistryEntry, UNIT_KINDS } from '../../utils/registry/schema';
import { displayName, unusedNameWarnings } from './registry-names';
import { HostRow, AppRow, OpdRow, Owner, DataFiles, BuildReport, BuildResult, Context, isPortal, makeEntry, resolveOwner, categorise, classifyStatus, readCsv, newestIsoDate, splitList, capitalise } from './registry-rows';

/** Confidence levels that make a host a registry host (data README). */
export const ALLOWED_CONFIDENCES: ReadonlySet<string> = new Set(['verified', 'verified-listed', 'likely']);
export const KNOWN_CONFIDENCES = new Set([...ALLOWED_CONFIDENCES, 'inferred', 'uncertain']);

/**
 * Hand-picked where the default id would mislead or the name holds a usable abbreviation (checked
 * to be part of the name). Keyed by apps.csv `name`; a key matching no app is reported as a warning.
 */
export const APP_OVERRIDES: Readonly<Record<string, { id?: string; abbreviation?: string }>> = {
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

export const HOST_COLUMNS = ['host', 'domain', 'confidence', 'kind', 'owner_opd', 'evidence', 'note'] as const;
export const APP_COLUMNS = ['name', 'description', 'owner_opd', 'hosts', 'platforms', 'status_evidence', 'evidence'] as const;
export const OPD_COLUMNS = ['kind', 'name', 'abbreviation', 'hosts', 'evidence'] as const;

/** The hosts.csv rows that become registry hosts, keyed by host, after checking every row. */
export function allowedHosts(rows: readonly HostRow[], errors: string[]): Map<string, HostRow> {
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

/** One entry per app that has registry hosts; records which app claimed each host. */
export function appEntries(apps: readonly AppRow[], ctx: Context, claimedBy: Map<string, string>, report: BuildReport) {
  const entries: RegistryEntry[] = [];
  const usedOverrides = new Set<string>();
  const usedNames = new Set<string>();
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
    const shown = displayName(app.name, usedNames);
    for (const name of new Set([app.name, shown.name])) {
      if (abbreviation !== undefined && !name.toLowerCase().includes(abbreviation.toLowerCase())) {
        ctx.errors.push(`APP_OVERRIDES: abbreviation "${abbreviation}" is not part of the name "${name}".`);
      }
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
        name: shown.name,
        abbreviation,
        rows,
        unit,
        category: categorise(rows, `${app.description} ${rows.map((row) => row.kind).join(' ')}`, ctx),
        platforms: PLATFORMS.filter((p) => platforms.includes(p)),
        status: classifyStatus(app.status_evidence),
        lead: [app.description, ...shown.lead, app.status_evidence === '' ? '' : `Status evidence: ${app.status_evidence}`],
        sources: splitList(app.evidence, ';'),
      }),
    );
  }
  for (const name of Object.keys(APP_OVERRIDES)) {
    if (!usedOverrides.has(name)) ctx.warnings.push(`APP_OVERRIDES: no app named "${name}" became an entry.`);
  }
  ctx.warnings.push(...unusedNameWarnings(usedNames));
  return entries;
}

/** A host that is a unit's own website: an "OPD website", or a kecamatan's website (opd.csv kind kecamatan). */
function isUnitWebsite(row: HostRow, unit: Owner): boolean {
  if (unit.opd === '') return false;
  return /^OPD website/i.test(row.kind) || (/^kecamatan website$/i.test(row.kind) && unit.unitKind === 'kecamatan');
}

/** Entries for the hosts no app claimed: the portal, one per unit website, else one per host. */
export function hostEntries(ctx: Context, claimedBy: ReadonlyMap<string, string>): RegistryEntry[] {
  const groups = new Map<string, HostRow[]>();
  for (const row of ctx.allowed.values()) {
    if (claimedBy.has(row.host)) continue;
    const unit = resolveOwner(row.owner_opd, ctx);
    const key = isPortal(row.host, ctx)
      ? `portal:${foldWww(row.host)}`
      : isUnitWebsite(row, unit)
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

