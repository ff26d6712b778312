import * as z from 'zod/mini';
import '../text/zod-english';
import { hostnameSchema, SITE_UNIT_KINDS, sourceSchema } from '../registry/schema';

/**
 * The expected-unit plan: every unit of the city that is expected to have its own site (the OPD of
 * opd.csv, the 15 kecamatan and 153 kelurahan of wilayah.csv), with the hosts known for it. Built
 * by scripts/build-unit-plan.ts into utils/units/unit-plan.json; an administrator may replace it
 * with an updated list (same format). Hosts are only ever data: a unit whose site is not known has
 * no host, and nothing builds a hostname from a pattern.
 */

export const UNIT_PLAN_FORMAT = 'pantau.unit-plan';

/** opd.csv's kinds, then the two wilayah levels. */
export const PLAN_UNIT_KINDS = SITE_UNIT_KINDS;
export type PlanUnitKind = (typeof PLAN_UNIT_KINDS)[number];

/** Kemendagri codes: `73.71.01` (kecamatan), `73.71.01.1001` (kelurahan). */
const KECAMATAN_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
const KELURAHAN_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export const planUnitSchema = z
  .strictObject({
    /** Stable key: the Kemendagri code for kecamatan and kelurahan, else a slug of the name. */
    id: z.string().check(z.regex(ID, { message: 'must be a code such as "73.71.01" or a slug such as "dinas-sosial"' })),
    kind: z.enum(PLAN_UNIT_KINDS),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    abbreviation: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))),
    /** Kemendagri code (kecamatan and kelurahan only). */
    code: z.optional(z.string()),
    /** A kelurahan's kecamatan, by code (the kelurahan code's prefix). */
    kecamatan: z.optional(z.string()),
    /** Hosts known for the unit (its website and its apps); empty when no source names one. */
    hosts: z.array(hostnameSchema).check(z.maxLength(50)),
    /** Evidence for the unit and its hosts; empty only where the data has none (said in `note`). */
    source: z.array(sourceSchema).check(z.maxLength(50)),
    note: z.optional(z.string().check(z.maxLength(500))),
  })
  .check(
    z.superRefine((unit, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const wilayah = unit.kind === 'kecamatan' || unit.kind === 'kelurahan';
      if (wilayah && unit.code === undefined) issue('code', `a ${unit.kind} needs its Kemendagri code`);
      if (!wilayah && unit.code !== undefined) issue('code', 'only kecamatan and kelurahan have a code');
      if (unit.kind === 'kecamatan' && unit.code !== undefined && !KECAMATAN_CODE.test(unit.code)) issue('code', 'must look like "73.71.01"');
      if (unit.kind === 'kelurahan') {
        if (unit.code !== undefined && !KELURAHAN_CODE.test(unit.code)) issue('code', 'must look like "73.71.01.1001"');
        if (unit.kecamatan === undefined || unit.code?.startsWith(`${unit.kecamatan}.`) !== true) {
          issue('kecamatan', "must be the kecamatan code that the kelurahan's code starts with");
        }
      } else if (unit.kecamatan !== undefined) issue('kecamatan', 'only a kelurahan belongs to a kecamatan');
      if (unit.source.length === 0 && unit.note === undefined) issue('source', 'a unit without a source must say why in "note"');
    }),
  );

export const unitPlanSchema = z
  .strictObject({
    format: z.literal(UNIT_PLAN_FORMAT),
    /** `YYYY.MM.DD`: the date of the newest dated fact in the data it was built from. */
    version: z.string().check(z.regex(/^\d{4}\.\d{2}\.\d{2}$|^\d+\.\d+\.\d+$/, { message: 'must look like "2026.03.27" or "1.2.0"' })),
    /** The data files it was built from (for the bundled plan) or the administrator's file. */
    from: z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.minLength(1)),
    units: z.array(planUnitSchema).check(z.minLength(1), z.maxLength(5000)),
  })
  .check(
    z.superRefine((plan, ctx) => {
      const ids = new Set<string>();
      const kecamatan = new Set(plan.units.filter((u) => u.kind === 'kecamatan').map((u) => u.code));
      const owner = new Map<string, string>();
      plan.units.forEach((unit, i) => {
        if (ids.has(unit.id)) ctx.addIssue({ code: 'custom', path: ['units', i, 'id'], message: `"${unit.id}" is used twice` });
        ids.add(unit.id);
        if (unit.kind === 'kelurahan' && unit.kecamatan !== undefined && !kecamatan.has(unit.kecamatan)) {
          ctx.addIssue({ code: 'custom', path: ['units', i, 'kecamatan'], message: `no kecamatan with code ${unit.kecamatan} in the plan` });
        }
        for (const host of unit.hosts) {
          const other = owner.get(host);
          if (other !== undefined && other !== unit.id) {
            ctx.addIssue({ code: 'custom', path: ['units', i, 'hosts'], message: `${host} is also a host of "${other}"` });
          }
          owner.set(host, unit.id);
        }
      });
    }),
  );

export type PlanUnit = z.infer<typeof planUnitSchema>;
export type UnitPlan = z.infer<typeof unitPlanSchema>;

/** Problems as `path: message` lines, at most 50. */
export type ParsePlanResult = { ok: true; plan: UnitPlan } | { ok: false; errors: string[] };

/** Checks untrusted input (a bundled file, an administrator's import, a stored copy). Never throws. */
export function parseUnitPlan(json: unknown): ParsePlanResult {
  const result = unitPlanSchema.safeParse(json);
  if (result.success) return { ok: true, plan: result.data };
  const errors = result.error.issues.slice(0, 50).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return { ok: false, errors };
}
