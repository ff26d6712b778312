import Papa from 'papaparse';
import { slugify } from '../../utils/registry/registry-id';
import { ownerIndex, ownerUnit } from '../../utils/units/unit-owner';
import { PLAN_UNIT_KINDS, UNIT_PLAN_FORMAT, parseUnitPlan, type PlanUnit, type PlanUnitKind, type UnitPlan } from '../../utils/units/unit-plan-schema';

/**
 * The expected-unit plan from the research data (pure: texts in, plan out; see
 * scripts/build-unit-plan.ts for the rules and the command).
 */

/** Confidence levels that make a host a known host (the same three as the registry). */
const KNOWN = new Set(['verified', 'verified-listed', 'likely']);
/** The source of wilayah.csv, as the data README gives it. */
export const WILAYAH_SOURCE = 'github:cahyadsn/wilayah/db/wilayah.sql@b7ad440a';
const NO_EVIDENCE = 'opd.csv gives no evidence for this unit that could be checked again (data README)';

export interface PlanDataFiles {
  hosts: string;
  opd: string;
  wilayah: string;
}

export interface PlanReport {
  /** Known hosts whose owner is no unit of the plan (the city portal, unnamed owners). */
  unattached: string[];
  /** Hosts left out as mail hosts (not sites). */
  mail: string[];
  warnings: string[];
}

export type PlanBuild = { ok: true; plan: UnitPlan; report: PlanReport } | { ok: false; errors: string[] };

type Row = Record<string, string>;

function readCsv(text: string, file: string, columns: readonly string[], errors: string[]): Row[] {
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  for (const e of parsed.errors) errors.push(`${file} row ${(e.row ?? 0) + 2}: ${e.message}`);
  const missing = columns.filter((c) => !(parsed.meta.fields ?? []).includes(c));
  if (missing.length > 0) errors.push(`${file}: missing column(s) ${missing.join(', ')}.`);
  return parsed.data.map((row) => Object.fromEntries(columns.map((c) => [c, (row[c] ?? '').trim()])));
}

const list = (text: string, separator: string) => text.split(separator).map((s) => s.trim()).filter((s) => s !== '');
const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const isMail = (row: Row) => /mail/i.test(row.kind ?? '') || /^(mail|surat|aduan)\./.test(row.host ?? '');

/** Builds the plan: opd.csv's units in its order (kecamatan joined to their codes), then the kelurahan by code. */
export function buildUnitPlan(files: PlanDataFiles, version: string): PlanBuild {
  const errors: string[] = [];
  const hostRows = readCsv(files.hosts, 'hosts.csv', ['host', 'confidence', 'kind', 'owner_opd', 'evidence'], errors);
  const opdRows = readCsv(files.opd, 'opd.csv', ['kind', 'name', 'abbreviation', 'hosts', 'evidence'], errors);
  const wilayahRows = readCsv(files.wilayah, 'wilayah.csv', ['code', 'name', 'level'], errors);
  if (errors.length > 0) return { ok: false, errors };
  const report: PlanReport = { unattached: [], mail: [], warnings: [] };
  const kecamatanByName = new Map(wilayahRows.filter((r) => r.level === 'kecamatan').map((r) => [fold(r.name ?? ''), r.code ?? '']));

  const units: PlanUnit[] = [];
  for (const [i, row] of opdRows.entries()) {
    const kind = row.kind as PlanUnitKind;
    if (!(PLAN_UNIT_KINDS as readonly string[]).includes(kind) || kind === 'kelurahan') {
      errors.push(`opd.csv row ${i + 2} (${row.name}): unknown kind "${row.kind}".`);
      continue;
    }
    const source = [...new Set(list(row.evidence ?? '', ';'))];
    const unit: PlanUnit = { id: slugify(row.name ?? ''), kind, name: row.name ?? '', hosts: [], source };
    if (row.abbreviation !== '') unit.abbreviation = row.abbreviation;
    if (kind === 'kecamatan') {
      const code = kecamatanByName.get(fold((row.name ?? '').replace(/^Kecamatan /, '')));
      if (code === undefined) errors.push(`opd.csv row ${i + 2}: "${row.name}" is no kecamatan of wilayah.csv.`);
      else Object.assign(unit, { id: code, code });
    }
    units.push(unit);
  }
  for (const row of wilayahRows.filter((r) => r.level === 'kelurahan')) {
    const code = row.code ?? '';
    const kecamatan = code.split('.').slice(0, 3).join('.');
    units.push({ id: code, kind: 'kelurahan', name: `Kelurahan ${row.name}`, code, kecamatan, hosts: [], source: [WILAYAH_SOURCE] });
  }
  const missingKecamatan = [...kecamatanByName.values()].filter((code) => !units.some((u) => u.code === code));
  for (const code of missingKecamatan) errors.push(`wilayah.csv: kecamatan ${code} has no row in opd.csv.`);

  // Hosts: the known rows of hosts.csv, attached by owner; opd.csv's own host lists must agree.
  const index = ownerIndex(units);
  const known = new Map(hostRows.filter((r) => KNOWN.has(r.confidence ?? '')).map((r) => [r.host ?? '', r]));
  for (const row of known.values()) {
    if (isMail(row)) {
      report.mail.push(row.host ?? '');
      continue;
    }
    const unit = ownerUnit(row.owner_opd ?? '', index);
    if (unit === null) {
      report.unattached.push(row.host ?? '');
      continue;
    }
    unit.hosts.push(row.host ?? '');
    unit.source.push(...list(row.evidence ?? '', ';').filter((s) => !unit.source.includes(s)));
  }
  for (const row of opdRows) {
    const unit = units.find((u) => u.name === row.name);
    for (const host of list(row.hosts ?? '', ' ')) {
      const hostRow = known.get(host);
      if (hostRow === undefined) report.warnings.push(`opd.csv "${row.name}": ${host} is not a known host (inferred or uncertain); left out.`);
      else if (unit !== undefined && !unit.hosts.includes(host) && !isMail(hostRow)) {
        report.warnings.push(`opd.csv "${row.name}": ${host} belongs to "${hostRow.owner_opd}" in hosts.csv; left there.`);
      }
    }
  }
  for (const unit of units) {
    unit.hosts.sort();
    if (unit.source.length === 0) unit.note = NO_EVIDENCE;
  }
  if (errors.length > 0) return { ok: false, errors };
  const checked = parseUnitPlan({
    format: UNIT_PLAN_FORMAT,
    version,
    from: ['shared/data/opd.csv', 'shared/data/wilayah.csv', 'shared/data/hosts.csv'],
    units,
  });
  return checked.ok ? { ok: true, plan: checked.plan, report } : { ok: false, errors: checked.errors };
}
