import type { PantauDatabase } from '../db/open-db';
import type { UnitPlanChangeReply, UnitPlanView, UnitRequestType, UnitResponseMap } from './unit-protocol';
import { readUnitPlan, writeUnitPlan, type UnitPlanChange } from './unit-plan-store';
import { parseUnitPlan, type UnitPlan } from './unit-plan-schema';
import { sweepSightings } from './sweep-sightings';

export interface UnitServiceDeps {
  getDb: () => Promise<PantauDatabase>;
  bundled: UnitPlan;
  now: () => number;
}

type UnitRequest =
  | { type: 'getUnitPlan' }
  | { type: 'applyUnitPlan'; plan: unknown; fileName: string; basedOn: number }
  | { type: 'restoreBundledUnitPlan'; basedOn: number };

/** The expected-unit plan behind the message protocol: read it, import one over it, restore the bundled one. */
export function createUnitService(deps: UnitServiceDeps) {
  async function view(): Promise<UnitPlanView> {
    const db = await deps.getDb();
    const [state, inspections] = await Promise.all([readUnitPlan(db, deps.bundled), db.getAll('inspections')]);
    return { ...state, sweeps: sweepSightings(inspections) };
  }

  async function reply(change: UnitPlanChange): Promise<UnitPlanChangeReply> {
    const now = await view();
    return change.ok ? { ok: true, view: now } : { ok: false, reason: change.reason, errors: change.errors, view: now };
  }

  async function handle(request: UnitRequest & { type: UnitRequestType }): Promise<UnitResponseMap[UnitRequestType]> {
    switch (request.type) {
      case 'getUnitPlan':
        return view();
      case 'applyUnitPlan': {
        const checked = parseUnitPlan(request.plan);
        if (!checked.ok) return reply({ ok: false, reason: 'invalid', errors: checked.errors });
        const change = await writeUnitPlan(await deps.getDb(), deps.bundled, { plan: checked.plan, fileName: request.fileName, appliedAt: deps.now() }, request.basedOn);
        return reply(change);
      }
      case 'restoreBundledUnitPlan':
        return reply(await writeUnitPlan(await deps.getDb(), deps.bundled, null, request.basedOn));
    }
  }

  return { handle };
}
