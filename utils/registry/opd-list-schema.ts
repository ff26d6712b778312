import * as z from 'zod/mini';
import '../text/zod-english';
import { sourceSchema, UNIT_KINDS } from './schema';

/** Marker of the bundled OPD list file (utils/registry/opd-list.json, built by scripts/build-opd-list.ts). */
export const OPD_LIST_FORMAT = 'pantau.opd-list';

/** One unit of the city (perangkat daerah), as opd.csv names it, with the evidence for it. */
export const opdUnitSchema = z.strictObject({
  kind: z.enum(UNIT_KINDS),
  name: z.string().check(z.trim(), z.minLength(1)),
  abbreviation: z.optional(z.string().check(z.trim(), z.minLength(1))),
  source: z.array(sourceSchema).check(z.minLength(1)),
});

/** The bundled list of units: where it was built from and the units in the portal's menu order. */
export const opdListSchema = z.strictObject({
  format: z.literal(OPD_LIST_FORMAT),
  from: z.string().check(z.minLength(1)),
  units: z.array(opdUnitSchema).check(z.minLength(1)),
});

export type OpdUnit = z.infer<typeof opdUnitSchema>;
export type OpdList = z.infer<typeof opdListSchema>;

/** The units of an OPD list file, or a loud error: a broken bundled list is a broken build. */
export function checkOpdList(data: unknown): readonly OpdUnit[] {
  return opdListSchema.parse(data).units;
}
