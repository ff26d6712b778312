import { z } from 'zod';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS, MAX_CONCURRENCY } from './run-sweep';

/**
 * What "Periksa semua" remembers between tab switches and reloads: its options and the summary of
 * the last sweep. Kept as the `sweep` row of the `settings` store (a new row, no schema change;
 * sweep-memory-store.ts), written through the background like every other setting; the panel's
 * own state is only a view.
 */

const text = z.string().max(2000);
const localText = z.object({ id: text, en: text }).strict();

export const sweepOptionsSchema = z
  .object({
    concurrency: z.int().min(1).max(MAX_CONCURRENCY),
    timeoutMs: z.int().min(1000).max(120_000),
    includeUnregistered: z.boolean(),
    /** Also every known unit site of the unit plan (older stored options have no such field). */
    includeUnits: z.boolean().optional(),
  })
  .strict();

const problemSchema = z
  .object({
    entryId: z.string().max(200),
    name: text,
    registryStatus: z.enum(['aktif', 'tidak-aktif', 'pengembangan', 'tidak-diketahui']),
    host: z.string().max(253),
    outcome: z.enum(['problem', 'failed']),
    code: z.string().max(100),
    detail: localText,
  })
  .strict();

const count = z.int().min(0).max(100_000);

export const sweepReportSchema = z
  .object({
    finishedAt: z.int().min(0),
    status: z.enum(['completed', 'cancelled', 'failed']),
    planned: count,
    error: z.string().max(500).optional(),
    /** The known unit sites swept with `includeUnits`: how many answered. */
    units: z.object({ checked: count, alive: count }).strict().optional(),
    summary: z
      .object({
        alive: count,
        total: count,
        notChecked: count,
        aliveButListedInactive: z.array(z.string().max(200)).max(10_000),
        problems: z.array(problemSchema).max(10_000),
        unregistered: z.object({ checked: count, alive: count }).strict(),
        headline: localText,
      })
      .strict(),
  })
  .strict();

export const sweepMemorySchema = z.object({ options: sweepOptionsSchema, last: sweepReportSchema.nullable() }).strict();

export type SweepOptions = z.infer<typeof sweepOptionsSchema>;
/** The end of one sweep as the panel shows it. */
export type SweepReport = z.infer<typeof sweepReportSchema>;
export type SweepMemory = z.infer<typeof sweepMemorySchema>;

export const DEFAULT_SWEEP_MEMORY: SweepMemory = {
  options: { concurrency: DEFAULT_CONCURRENCY, timeoutMs: DEFAULT_TIMEOUT_MS, includeUnregistered: false, includeUnits: false },
  last: null,
};
