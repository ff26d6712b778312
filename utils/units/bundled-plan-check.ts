import { parseUnitPlan, type UnitPlan } from './unit-plan-schema';

/** The bundled unit plan file, checked; throws when it is broken (`npm run build` checks it first). */
export function checkBundledUnitPlan(data: unknown): UnitPlan {
  const result = parseUnitPlan(data);
  if (!result.ok) throw new Error(`The bundled unit plan is invalid:\n- ${result.errors.join('\n- ')}`);
  return result.plan;
}
