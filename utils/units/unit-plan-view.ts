import type { SweepSighting } from './sweep-sightings';
import type { UnitPlanInfo } from './unit-plan-store';
import type { UnitPlan } from './unit-plan-schema';

/** The plan in force, where it came from, and this browser's sweep sightings (for the rollout view). */
export interface UnitPlanView {
  plan: UnitPlan;
  info: UnitPlanInfo;
  revision: number;
  sweeps: SweepSighting[];
}

/** A change to the plan in force: done, or refused with the reason (the view is the state now). */
export type UnitPlanChangeReply = { ok: true; view: UnitPlanView } | { ok: false; reason: 'changed' | 'invalid'; errors: string[]; view: UnitPlanView };
