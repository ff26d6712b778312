import * as z from 'zod/mini';
import '../text/zod-english';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS, MAX_CONCURRENCY } from './run-sweep';

/**
 * What "Periksa semua" remembers between tab switches and reloads: its options and the summary of
 * the last sweep. Kept as the `sweep` row of the `settings` store (a new row, no schema change;
 * sweep-memory-store.ts), written through the background like every other setting; the panel's
 * own state is only a view.
 */

const text = z.string().check(z.maxLength(2000));
const localText = z.strictObject({ id: text, en: text });

export const sweepOptionsSchema = z.strictObject({
  concurrency: z.int().check(z.gte(1), z.lte(MAX_CONCURRENCY)),
  timeoutMs: z.int().check(z.gte(1000), z.lte(120_000)),
  includeUnregistered: z.boolean(),
  /** Also every known unit site of the unit plan (older stored options have no such field). */
  includeUnits: z.optional(z.boolean()),
});

const problemSchema = z.strictObject({
  entryId: z.string().check(z.maxLength(200)),
  name: text,
  registryStatus: z.enum(['aktif', 'tidak-aktif', 'pengembangan', 'tidak-diketahui']),
  host: z.string().check(z.maxLength(253)),
  outcome: z.enum(['problem', 'failed']),
  code: z.string().check(z.maxLength(100)),
  detail: localText,
});

const count = z.int().check(z.gte(0), z.lte(100_000));

export const sweepReportSchema = z.strictObject({
  finishedAt: z.int().check(z.gte(0)),
  status: z.enum(['completed', 'cancelled', 'failed']),
  planned: count,
  error: z.optional(z.string().check(z.maxLength(500))),
  /** The known unit sites swept with `includeUnits`: how many answered. */
  units: z.optional(z.strictObject({ checked: count, alive: count })),
  summary: z.strictObject({
    alive: count,
    total: count,
    notChecked: count,
    aliveButListedInactive: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10_000)),
    problems: z.array(problemSchema).check(z.maxLength(10_000)),
    unregistered: z.strictObject({ checked: count, alive: count }),
    headline: localText,
  }),
});

export const sweepMemorySchema = z.strictObject({ options: sweepOptionsSchema, last: z.nullable(sweepReportSchema) });

export type SweepOptions = z.infer<typeof sweepOptionsSchema>;
/** The end of one sweep as the panel shows it. */
export type SweepReport = z.infer<typeof sweepReportSchema>;
export type SweepMemory = z.infer<typeof sweepMemorySchema>;

export const DEFAULT_SWEEP_MEMORY: SweepMemory = {
  options: { concurrency: DEFAULT_CONCURRENCY, timeoutMs: DEFAULT_TIMEOUT_MS, includeUnregistered: false, includeUnits: false },
  last: null,
};
