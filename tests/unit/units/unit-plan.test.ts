import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_DATA_DIR, DEFAULT_PLAN_FILE, planVersion, readPlanData, serialiseUnitPlan } from '../../../scripts/build-unit-plan';
import { buildUnitPlan, WILAYAH_SOURCE } from '../../../scripts/units/plan-from-data';
import { BUNDLED_UNIT_PLAN } from '../../../utils/units/bundled-plan';
import { parseUnitPlan, type UnitPlan } from '../../../utils/units/unit-plan-schema';

const HAS_DATA = existsSync(resolve(DEFAULT_PLAN_DATA_DIR, 'wilayah.csv'));
const ROOT = resolve(DEFAULT_PLAN_FILE, '../../..');
const SOURCE = 'github:a/b/c.txt@1234567';

const HOSTS = `host,domain,confidence,kind,owner_opd,evidence,note
dinsos.makassarkota.go.id,makassarkota.go.id,verified,OPD website,Dinas Sosial,${SOURCE},
app.dinsos.makassarkota.go.id,makassarkota.go.id,likely,app,Dinas Sosial (inferred),${SOURCE},
guess.makassarkota.go.id,makassarkota.go.id,uncertain,OPD website,Dinas Lingkungan Hidup,${SOURCE},
mail.makassarkota.go.id,makassarkota.go.id,verified,mail server,Dinas Sosial,${SOURCE},
marisokec.makassarkota.go.id,makassarkota.go.id,verified,kecamatan website,Kecamatan Mariso,${SOURCE},
dash.bontorannu.kel.makassarkota.go.id,makassarkota.go.id,verified,kelurahan API,Kelurahan Bontorannu (Kec. Mariso),${SOURCE},
makassarkota.go.id,makassarkota.go.id,verified,portal,Pemkot Makassar / Dinas Sosial,${SOURCE},
`;
const OPD = `kind,name,abbreviation,hosts,evidence
dinas,Dinas Sosial,Dinsos,dinsos.makassarkota.go.id,${SOURCE}
dinas,Dinas Lingkungan Hidup,DLH,guess.makassarkota.go.id,${SOURCE}
rsud,RSUD Daya Kota Makassar,RSUD Daya,,
kecamatan,Kecamatan Mariso,,,${SOURCE}
kecamatan,Kecamatan Mamajang,,,${SOURCE}
`;
const WILAYAH = `code,name,level
73.71,Kota Makassar,kota
73.71.01,Mariso,kecamatan
73.71.01.1001,Bontorannu,kelurahan
73.71.01.1002,Mattoangin,kelurahan
73.71.02,Mamajang,kecamatan
73.71.02.1001,Baji Mappakasunggu,kelurahan
`;

function build(files = { hosts: HOSTS, opd: OPD, wilayah: WILAYAH }): UnitPlan {
  const result = buildUnitPlan(files, '2026.03.26');
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.plan;
}
const unit = (plan: UnitPlan, id: string) => plan.units.find((u) => u.id === id);

describe('buildUnitPlan', () => {
  it('lists every opd.csv unit, then every kelurahan linked to its kecamatan by code', () => {
    const plan = build();
    expect(plan.units.map((u) => u.id)).toEqual([
      'dinas-sosial',
      'dinas-lingkungan-hidup',
      'rsud-daya-kota-makassar',
      '73.71.01',
      '73.71.02',
      '73.71.01.1001',
      '73.71.01.1002',
      '73.71.02.1001',
    ]);
    expect(unit(plan, '73.71.01.1002')).toMatchObject({ kind: 'kelurahan', name: 'Kelurahan Mattoangin', code: '73.71.01.1002', kecamatan: '73.71.01', source: [WILAYAH_SOURCE] });
    expect(unit(plan, '73.71.01')).toMatchObject({ kind: 'kecamatan', name: 'Kecamatan Mariso', code: '73.71.01' });
  });

  it('attaches only known, non-mail hosts, by owner, and never makes a hostname up', () => {
    const plan = build();
    expect(unit(plan, 'dinas-sosial')?.hosts).toEqual(['app.dinsos.makassarkota.go.id', 'dinsos.makassarkota.go.id']);
    // Uncertain in hosts.csv, even though opd.csv lists it.
    expect(unit(plan, 'dinas-lingkungan-hidup')?.hosts).toEqual([]);
    expect(unit(plan, '73.71.01')?.hosts).toEqual(['marisokec.makassarkota.go.id']);
    // Mamajang has no row in hosts.csv: no "mamajangkec" is generated.
    expect(unit(plan, '73.71.02')?.hosts).toEqual([]);
    expect(unit(plan, '73.71.01.1001')?.hosts).toEqual(['dash.bontorannu.kel.makassarkota.go.id']);
    expect(unit(plan, '73.71.01.1002')?.hosts).toEqual([]);
    const all = plan.units.flatMap((u) => u.hosts);
    expect(all).not.toContain('mail.makassarkota.go.id');
    expect(all).not.toContain('makassarkota.go.id'); // the city portal is no unit's site
  });

  it("cites the unit's evidence and its hosts', and says so when a unit has none", () => {
    const plan = build();
    expect(unit(plan, '73.71.01.1001')?.source).toEqual([WILAYAH_SOURCE, SOURCE]);
    expect(unit(plan, 'rsud-daya-kota-makassar')).toMatchObject({ source: [], note: expect.stringContaining('no evidence') });
  });

  it('refuses a kecamatan that wilayah.csv does not know, and a kecamatan missing from opd.csv', () => {
    const result = buildUnitPlan({ hosts: HOSTS, opd: `${OPD}kecamatan,Kecamatan Atlantis,,,${SOURCE}\n`, wilayah: `${WILAYAH}73.71.03,Makassar,kecamatan\n` }, '2026.03.26');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(/Atlantis" is no kecamatan/);
    expect(result.errors.join('\n')).toMatch(/73\.71\.03 has no row in opd\.csv/);
  });

  it('gives identical bytes on every run', () => {
    expect(serialiseUnitPlan(build())).toBe(serialiseUnitPlan(build()));
  });
});

describe('parseUnitPlan', () => {
  const good = () => structuredClone(build());
  const errorsOf = (json: unknown) => {
    const result = parseUnitPlan(json);
    return result.ok ? [] : result.errors;
  };

  it('accepts a built plan', () => {
    expect(parseUnitPlan(good()).ok).toBe(true);
  });

  it('refuses a kelurahan whose kecamatan is not its code prefix, or not in the plan', () => {
    const plan = good();
    const kel = plan.units.find((u) => u.kind === 'kelurahan');
    if (kel === undefined) throw new Error('no kelurahan');
    kel.kecamatan = '73.71.02';
    expect(errorsOf(plan).join('\n')).toMatch(/code starts with/);
    const orphan = good();
    orphan.units = orphan.units.filter((u) => u.id !== '73.71.01');
    expect(errorsOf(orphan).join('\n')).toMatch(/no kecamatan with code 73\.71\.01/);
  });

  it('refuses a host on two units, a bad hostname, a duplicate id and a unit without source or note', () => {
    const plan = good();
    plan.units[1]?.hosts.push('dinsos.makassarkota.go.id');
    plan.units[2]?.hosts.push('HTTP://Bad.example/');
    plan.units[3] = { ...plan.units[3]!, id: 'dinas-sosial' };
    delete plan.units[2]?.note;
    const errors = errorsOf(plan).join('\n');
    expect(errors).toMatch(/also a host of "dinas-sosial"/);
    expect(errors).toMatch(/normalised hostname/);
    expect(errors).toMatch(/used twice/);
    expect(errors).toMatch(/without a source must say why/);
  });

  it('refuses what is not a plan at all', () => {
    expect(errorsOf({ format: 'pantau.registry' })).not.toEqual([]);
    expect(errorsOf(null)).not.toEqual([]);
  });
});

describe.runIf(HAS_DATA)('the bundled unit plan', () => {
  it('is rebuilt byte for byte from the data', () => {
    const data = readPlanData(DEFAULT_PLAN_DATA_DIR);
    const result = buildUnitPlan(data, planVersion(data) ?? '');
    expect(result.ok && serialiseUnitPlan(result.plan)).toBe(readFileSync(DEFAULT_PLAN_FILE, 'utf8'));
  });

  it('has the 66 units of opd.csv, 15 kecamatan and 153 kelurahan', () => {
    const kinds = BUNDLED_UNIT_PLAN.units.map((u) => u.kind);
    expect(kinds.filter((k) => k !== 'kelurahan')).toHaveLength(66);
    expect(kinds.filter((k) => k === 'kecamatan')).toHaveLength(15);
    expect(kinds.filter((k) => k === 'kelurahan')).toHaveLength(153);
  });

  it('knows only the one kelurahan site and the kecamatan sites that hosts.csv lists', () => {
    const kelurahanHosts = BUNDLED_UNIT_PLAN.units.filter((u) => u.kind === 'kelurahan').flatMap((u) => u.hosts);
    expect(kelurahanHosts).toEqual(['dash.manggala.kel.makassarkota.go.id']);
    const hostsCsv = readFileSync(resolve(DEFAULT_PLAN_DATA_DIR, 'hosts.csv'), 'utf8');
    for (const host of BUNDLED_UNIT_PLAN.units.flatMap((u) => u.hosts)) expect(hostsCsv).toContain(`\n${host},`);
    expect(BUNDLED_UNIT_PLAN.units.flatMap((u) => u.hosts)).not.toContain('panakkukangkec.makassarkota.go.id'); // inferred only
  });

  it('cites the wilayah source the data README names', () => {
    expect(readFileSync(resolve(DEFAULT_PLAN_DATA_DIR, 'README.md'), 'utf8')).toContain(WILAYAH_SOURCE);
  });
});

describe('scripts/build-unit-plan.ts --check-only', () => {
  const run = (file: string) => {
    try {
      return { code: 0, out: execFileSync(resolve(ROOT, 'node_modules/.bin/tsx'), [resolve(ROOT, 'scripts/build-unit-plan.ts'), '--check-only', '--file', file], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { code: failed.status, out: failed.stdout + failed.stderr };
    }
  };

  it('passes the committed plan and fails a broken one with its problems listed', () => {
    expect(run(DEFAULT_PLAN_FILE).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'pantau-plan-'));
    const broken = JSON.parse(readFileSync(DEFAULT_PLAN_FILE, 'utf8')) as UnitPlan;
    broken.units[0]!.hosts.push('Not A Host');
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(broken));
    const result = run(join(dir, 'plan.json'));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/invalid .*\n.*units\.0\.hosts/);
  }, 30_000);
});
