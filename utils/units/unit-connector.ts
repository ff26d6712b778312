import type { UnitPlanChangeReply, UnitPlanView } from './unit-protocol';

/** The connector methods of the expected-unit plan; part of PantauConnector (utils/connector.ts). */
export interface UnitConnector {
  /** The plan in force, its source and revision, and this browser's sweep sightings. */
  getUnitPlan(): Promise<UnitPlanView>;
  /** Puts an imported plan in force (checked again in the background), if still at revision `basedOn`. */
  applyUnitPlan(plan: unknown, fileName: string, basedOn: number): Promise<UnitPlanChangeReply>;
  restoreBundledUnitPlan(basedOn: number): Promise<UnitPlanChangeReply>;
}
