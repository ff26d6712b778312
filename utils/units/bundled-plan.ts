import data from './unit-plan.json';
import { parseUnitPlan, type UnitPlan } from './unit-plan-schema';

function loadBundled(): UnitPlan {
  const result = parseUnitPlan(data);
  // `npm run build` checks the file first (build-unit-plan.ts --check-only); this is the backstop.
  if (!result.ok) throw new Error(`The bundled unit plan is invalid:\n- ${result.errors.join('\n- ')}`);
  return result.plan;
}

/**
 * The expected-unit plan shipped with the extension, generated from the research data by
 * `npm run build:units` and checked when this module loads.
 */
export const BUNDLED_UNIT_PLAN: UnitPlan = loadBundled();
