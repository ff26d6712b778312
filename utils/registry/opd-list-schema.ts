import { z } from 'zod';
import { sourceSchema, UNIT_KINDS } from './schema';

/** Marker of the bundled OPD list file (utils/registry/opd-list.json, built by scripts/build-opd-list.ts). */
export const OPD_LIST_FORMAT = 'pantau.opd-list';

/** One unit of the city (perangkat daerah), as opd.csv names it, with the evidence for it. */
export const opdUnitSchema = z
  .object({
    kind: z.enum(UNIT_KINDS),
    name: z.string().trim().min(1),
    abbreviation: z.string().trim().min(1).optional(),
    source: z.array(sourceSchema).min(1),
  })
  .strict();

/** The bundled list of units: where it was built from and the units in the portal's menu order. */
export const opdListSchema = z
  .object({
    format: z.literal(OPD_LIST_FORMAT),
    from: z.string().min(1),
    units: z.array(opdUnitSchema).min(1),
  })
  .strict();

export type OpdUnit = z.infer<typeof opdUnitSchema>;
export type OpdList = z.infer<typeof opdListSchema>;
