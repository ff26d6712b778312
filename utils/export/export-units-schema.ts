import * as z from 'zod/mini';
import '../text/zod-english';
import { hostnameField, isoTime, text } from './export-fields';

/**
 * The `units` rows of a rekap file (the unit rollout, utils/units/coverage-export.ts): part of export
 * version 1 (utils/export/export-schema.ts), kept here so that file stays readable. Loose objects
 * and open patterns, like the rest of version 1: fields are only ever added.
 */

/** One unit of the expected-unit plan as a rekap reads it (utils/units/coverage-export.ts). */
export const exportUnitSchema = z
  .looseObject({
    id: text.check(z.minLength(1), z.describe('Kemendagri code for kecamatan and kelurahan (e.g. "73.71.01"), else a slug of the name.')),
    // Open like finding codes: the plan's kinds are opd.csv's plus kecamatan and kelurahan, and may grow.
    kind: z.string().check(z.maxLength(32), z.regex(/^[a-z][a-z0-9-]*$/)),
    name: text.check(z.minLength(1)),
    code: z.optional(text),
    kecamatan: z.optional(text).check(z.describe("A kelurahan's kecamatan, by code.")),
    state: z
      .string()
      .check(z.maxLength(32), z.regex(/^[a-z][a-z0-9-]*$/), z.describe('alive, failing (seen, no host answered properly), never-seen or no-site (no known host).')),
    hosts: z
      .array(
        z.looseObject({
          host: hostnameField,
          registered: z.boolean(),
          state: z.string().check(z.maxLength(32), z.regex(/^[a-z][a-z0-9-]*$/), z.describe('live, down, placeholder or never-seen.')),
          lastSeen: z.nullable(isoTime),
          lastAlive: z.nullable(isoTime),
        }),
      )
      .check(
        z.maxLength(200),
        z.describe('The hosts known for the unit (from the plan, or through a registry entry naming the unit as its opd).'),
      ),
    lastSeen: z.nullable(isoTime).check(z.describe('When any host of the unit was last seen, by a visit or a sweep.')),
    lastAlive: z.nullable(isoTime).check(z.describe('When any host of the unit was last seen alive.')),
    findings: z.int().check(z.nonnegative(), z.describe('How many findings its hosts have.')),
    apps: z.array(text.check(z.minLength(1))).check(z.maxLength(1000), z.describe('Registry ids of the apps registered under the unit.')),
  })
  .check(z.describe('One unit of the expected-unit plan in a rekap: has it a known site, is it registered, seen alive.'));
