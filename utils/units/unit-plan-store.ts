import type { PantauDatabase } from '../db/open-db';
import { parseUnitPlan, type UnitPlan } from './unit-plan-schema';

/**
 * The expected-unit plan in force, in IndexedDB (store `unitPlan`, one row `current`). No row
 * means the plan bundled with this build, so an extension update brings its new bundled plan to
 * everyone who had not imported one. Every change is one transaction and bumps `revision`, so a
 * preview made against an older plan is refused rather than applied over a newer one.
 */

/** Where the plan in force came from. */
export type UnitPlanInfo = { source: 'bundled'; version: string } | { source: 'file'; version: string; fileName: string; appliedAt: number };

export interface UnitPlanRow {
  key: 'current';
  /** null: the bundled plan (after "restore"). */
  plan: UnitPlan | null;
  info: UnitPlanInfo;
  revision: number;
}

export interface UnitPlanState {
  plan: UnitPlan;
  info: UnitPlanInfo;
  revision: number;
}

/** The plan in force. A stored plan that no longer validates (a newer schema rule) falls back to the bundled one. */
export async function readUnitPlan(db: PantauDatabase, bundled: UnitPlan): Promise<UnitPlanState> {
  const row = await db.get('unitPlan', 'current');
  const bundledState = (revision: number): UnitPlanState => ({ plan: bundled, info: { source: 'bundled', version: bundled.version }, revision });
  if (row === undefined) return bundledState(0);
  if (row.plan === null) return bundledState(row.revision);
  const checked = parseUnitPlan(row.plan);
  return checked.ok ? { plan: checked.plan, info: row.info, revision: row.revision } : bundledState(row.revision);
}

export type UnitPlanChange = { ok: true; state: UnitPlanState } | { ok: false; reason: 'changed' | 'invalid'; errors: string[] };

/** Puts `plan` (null: the bundled one) in force, if the plan is still at revision `basedOn`. One transaction. */
export async function writeUnitPlan(
  db: PantauDatabase,
  bundled: UnitPlan,
  next: { plan: UnitPlan; fileName: string; appliedAt: number } | null,
  basedOn: number,
): Promise<UnitPlanChange> {
  const tx = db.transaction('unitPlan', 'readwrite');
  const revision = (await tx.store.get('current'))?.revision ?? 0;
  if (revision !== basedOn) {
    await tx.done;
    return { ok: false, reason: 'changed', errors: ['The unit plan changed since the preview was made.'] };
  }
  const row: UnitPlanRow =
    next === null
      ? { key: 'current', plan: null, info: { source: 'bundled', version: bundled.version }, revision: revision + 1 }
      : { key: 'current', plan: next.plan, info: { source: 'file', version: next.plan.version, fileName: next.fileName, appliedAt: next.appliedAt }, revision: revision + 1 };
  await tx.store.put(row);
  await tx.done;
  return { ok: true, state: { plan: next?.plan ?? bundled, info: row.info, revision: row.revision } };
}
