import type { PantauDatabase } from '../db/open-db';
import type { Handlers } from '../messaging/protocol';
import { sweepSightings } from '../units/sweep-sightings';
import type { UnitPlanChangeReply, UnitPlanView } from '../units/unit-plan-view';
import { readUnitPlan, writeUnitPlan, type UnitPlanChange } from '../units/unit-plan-store';
import { parseUnitPlan, type UnitPlan } from '../units/unit-plan-schema';

type UnitHandlers = Pick<Handlers, 'getUnitPlan' | 'applyUnitPlan' | 'restoreBundledUnitPlan'>;

/**
 * The expected-unit plan behind the protocol: the plan in force (with this browser's sweep
 * sightings, for the rollout view), an administrator's import over it (checked again here, never
 * trusting the page's preview), and the bundled plan restored. State lives in IndexedDB only.
 */
export function createUnitsService(deps: { getDb: () => Promise<PantauDatabase>; bundled: () => Promise<UnitPlan>; now: () => number }): { handlers: UnitHandlers } {
  async function view(): Promise<UnitPlanView> {
    const db = await deps.getDb();
    const [bundled, inspections] = await Promise.all([deps.bundled(), db.getAll('inspections')]);
    const state = await readUnitPlan(db, bundled);
    return { ...state, sweeps: sweepSightings(inspections) };
  }

  async function reply(change: UnitPlanChange): Promise<UnitPlanChangeReply> {
    const now = await view();
    return change.ok ? { ok: true, view: now } : { ok: false, reason: change.reason, errors: change.errors, view: now };
  }

  return {
    handlers: {
      getUnitPlan: view,
      applyUnitPlan: async (request) => {
        const checked = parseUnitPlan(request.plan);
        if (!checked.ok) return reply({ ok: false, reason: 'invalid', errors: checked.errors });
        const next = { plan: checked.plan, fileName: request.fileName, appliedAt: deps.now() };
        return reply(await writeUnitPlan(await deps.getDb(), await deps.bundled(), next, request.basedOn));
      },
      restoreBundledUnitPlan: async (request) => reply(await writeUnitPlan(await deps.getDb(), await deps.bundled(), null, request.basedOn)),
    },
  };
}
