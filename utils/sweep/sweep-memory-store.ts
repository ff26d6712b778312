import type { PantauDatabase } from '../db/open-db';
import { DEFAULT_SWEEP_MEMORY, sweepMemorySchema, type SweepMemory } from './sweep-memory-schema';

/** The stored sweep options and last report; the defaults when none (or an unreadable row) is stored. */
export async function getSweepMemory(db: PantauDatabase): Promise<SweepMemory> {
  const row = await db.get('settings', 'sweep');
  const parsed = row?.key === 'sweep' ? sweepMemorySchema.safeParse(row.value) : null;
  return parsed?.success === true ? parsed.data : DEFAULT_SWEEP_MEMORY;
}

/** Stores the sweep options and last report in one transaction. */
export async function saveSweepMemory(db: PantauDatabase, memory: SweepMemory): Promise<SweepMemory> {
  await db.put('settings', { key: 'sweep', value: memory });
  return memory;
}
